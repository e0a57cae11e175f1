package cn.tenstrong.evaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.Declaration;
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

    EvaluationApi(EvaluationSchemes schemes, EvaluationRounds rounds) {
        this.schemes = schemes;
        this.rounds = rounds;
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
