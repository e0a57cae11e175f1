package cn.tenstrong.evaluation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.Declaration;
import cn.tenstrong.evaluation.DeclarationTemplates;
import cn.tenstrong.evaluation.EvaluationEvidence;
import cn.tenstrong.evaluation.EvaluationSubjects;
import cn.tenstrong.evaluation.EvaluationTodos;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundSubject;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.SchemeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of evaluation schemes, rounds and their workflow. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "评价", description = "评价方案、评价轮次（申报→市级初审→专家评审→公示→发布）与结果")
class EvaluationApi {

    private final EvaluationSchemes schemes;
    private final EvaluationRounds rounds;
    private final EvaluationSubjects subjects;
    private final DeclarationTemplates templates;
    private final EvaluationEvidence evidence;
    private final EvaluationTodos todos;

    EvaluationApi(EvaluationSchemes schemes, EvaluationRounds rounds, EvaluationSubjects subjects,
                  DeclarationTemplates templates, EvaluationEvidence evidence, EvaluationTodos todos) {
        this.schemes = schemes;
        this.rounds = rounds;
        this.subjects = subjects;
        this.templates = templates;
        this.evidence = evidence;
        this.todos = todos;
    }

    @GetMapping("/subject-candidates")
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    @Operation(summary = "参评对象候选（按对象类型从平台数据中检索：园区、县、市×产业集群、企业库），含申报单位")
    List<NewRound.Subject> candidates(@RequestParam(defaultValue = "PARK") String subjectType,
                                      @RequestParam(defaultValue = "") String q,
                                      @RequestParam(defaultValue = "50") int limit) {
        return subjects.candidates(subjectType, q, limit);
    }

    @GetMapping("/todos")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "我的评价待办（待申报、待评分及截止日期；asOf 为评估日期，缺省为当前时点）")
    List<EvaluationTodos.EvaluationTodo> todos(@RequestParam(required = false) LocalDate asOf) {
        return todos.myTodos(asOf);
    }

    @GetMapping("/schemes")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "评价方案（每个版本；usable=false 表示尚有待专班补充的指标）")
    List<SchemeView> schemes() {
        return schemes.schemes();
    }

    @GetMapping("/schemes/{id}")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "评价方案详情：指标树、计分规则、奖励规则及其原文")
    SchemeView scheme(@PathVariable long id) {
        return schemes.scheme(id);
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    @Operation(summary = "新建评价轮次（方案代码、可选版本、名称、年度、参评对象）")
    RoundView create(@RequestBody NewRound round) {
        return rounds.create(round);
    }

    @GetMapping("/rounds")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "评价轮次列表")
    List<RoundView> rounds() {
        return rounds.rounds();
    }

    @GetMapping("/rounds/{id}")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    RoundView round(@PathVariable long id) {
        return rounds.round(id);
    }

    @GetMapping("/rounds/{id}/subjects")
    @Operation(summary = "参评对象（按权限：专班全部，园区/市县本单位，专家仅分配给自己的）")
    List<RoundSubject> subjects(@PathVariable long id) {
        return rounds.subjects(id);
    }

    @PutMapping("/rounds/{id}/subjects/{subjectId}/declaration")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "申报（仅申报阶段；version 为读取时的版本，不符返回409）")
    RoundSubject declare(@PathVariable long id, @PathVariable long subjectId, @RequestBody Declaration declaration) {
        return rounds.declare(id, subjectId, declaration);
    }

    /** 市级初审 body. */
    record CityReview(boolean pass, int version) {
    }

    @PostMapping("/rounds/{id}/subjects/{subjectId}/city-review")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "市级初审：通过或退回")
    RoundSubject cityReview(@PathVariable long id, @PathVariable long subjectId, @RequestBody CityReview review) {
        return rounds.cityReview(id, subjectId, review.pass(), review.version());
    }

    /** 分配专家 body. */
    record Assignment(String reviewer) {
    }

    @PostMapping("/rounds/{id}/subjects/{subjectId}/reviewers")
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "分配评审专家（账号）")
    void assign(@PathVariable long id, @PathVariable long subjectId, @RequestBody Assignment a) {
        rounds.assign(id, subjectId, a.reviewer());
    }

    /** 利益冲突声明 body. */
    record Conflict(boolean conflicted, String note) {
    }

    @PostMapping("/rounds/{id}/subjects/{subjectId}/conflict")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "评审专家声明是否存在利益冲突（存在则不能评分）")
    void conflict(@PathVariable long id, @PathVariable long subjectId, @RequestBody Conflict c) {
        rounds.declareConflict(id, subjectId, c.conflicted(), c.note());
    }

    @PutMapping("/rounds/{id}/subjects/{subjectId}/scores")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "评审专家评分（指标代码 → 分数）")
    void score(@PathVariable long id, @PathVariable long subjectId, @RequestBody Map<String, BigDecimal> scores) {
        rounds.score(id, subjectId, scores);
    }

    /** 流转 body. */
    record Advance(int version) {
    }

    @PostMapping("/rounds/{id}/advance")
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    @Operation(summary = "进入下一阶段（进入公示时计算并冻结结果）；version 不符返回409")
    RoundView advance(@PathVariable long id, @RequestBody Advance a) {
        return rounds.advance(id, a.version());
    }

    /** 截止日期 body: stage → date (yyyy-MM-dd); a stage left out has no deadline. */
    record Deadlines(Map<RoundStage, LocalDate> deadlines, int version) {
    }

    @PutMapping("/rounds/{id}/deadlines")
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    @Operation(summary = "设置各阶段截止日期（申报、市级初审、专家评审、公示；依次不早于前一阶段）；version 不符返回409")
    RoundView deadlines(@PathVariable long id, @RequestBody Deadlines d) {
        return rounds.deadlines(id, d.deadlines(), d.version());
    }

    @GetMapping("/rounds/{id}/declaration-template")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "下载申报模板（xlsx）：本人可申报的参评对象各一行，申报填报指标各一列（表头含单位），已填的值在内")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return Downloads.xlsx(templates.template(id), "申报模板-" + id + ".xlsx");
    }

    /** 申报模板导入 outcome. */
    record TemplateImport(int applied) {
    }

    @PostMapping(path = "/rounds/{id}/declaration-template", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "导入填好的申报模板（仅申报阶段）：任一行有错则全部不导入，errors 按行列列出错误")
    TemplateImport importTemplate(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return new TemplateImport(templates.importTemplate(id, file.getBytes()));
    }

    @GetMapping("/rounds/{id}/subjects/{subjectId}/evidence")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "申报材料列表（所属单位、初审部门、评审专家和专班可见）")
    List<EvaluationEvidence.EvidenceFile> evidence(@PathVariable long id, @PathVariable long subjectId) {
        return evidence.files(id, subjectId);
    }

    @PostMapping(path = "/rounds/{id}/subjects/{subjectId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "上传申报材料（类型与大小见设置；公示后锁定）")
    EvaluationEvidence.EvidenceFile upload(@PathVariable long id, @PathVariable long subjectId,
                                           @RequestPart("file") MultipartFile file) throws IOException {
        return evidence.upload(id, subjectId, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/rounds/{id}/subjects/{subjectId}/evidence/{evidenceId}")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "下载申报材料")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long subjectId,
                                    @PathVariable long evidenceId) {
        EvaluationEvidence.EvidenceContent c = evidence.download(id, subjectId, evidenceId);
        return Downloads.attachment(c.content(), c.name(), MediaType.parseMediaType(c.contentType()));
    }

    @DeleteMapping("/rounds/{id}/subjects/{subjectId}/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    @Operation(summary = "删除申报材料（公示后锁定）")
    void deleteEvidence(@PathVariable long id, @PathVariable long subjectId, @PathVariable long evidenceId) {
        evidence.delete(id, subjectId, evidenceId);
    }

    /** 公示异议 body. */
    record ObjectionBody(String subjectKey, String text) {
    }

    @PostMapping("/rounds/{id}/objections")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "公示期间提出异议")
    void object(@PathVariable long id, @RequestBody ObjectionBody o) {
        rounds.object(id, o.subjectKey(), o.text());
    }

    @GetMapping("/rounds/{id}/results")
    @PreAuthorize("hasAuthority('evaluation:round:read')")
    @Operation(summary = "评价结果：对象、总分、排名、等级、奖励金额（万元）、各指标贡献（原始值、标准化值、加权值）")
    RoundResults results(@PathVariable long id) {
        return rounds.results(id);
    }
}
