package cn.tenstrong.plan.web;

import java.io.IOException;
import java.util.List;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.AgencyDecision;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ImportResult;
import cn.tenstrong.plan.ItemCorrection;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanDetail;
import cn.tenstrong.plan.PlanImports;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.plan.SuccessionChoice;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of plans and plan imports. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "行动计划", description = "计划、条目、责任单位、量化指标；文档导入（上传 → 预览/更正 → 提交）")
class PlanApi {

    private final PlanCatalog plans;
    private final PlanImports imports;
    private final CurrentUsers users;

    PlanApi(PlanCatalog plans, PlanImports imports, CurrentUsers users) {
        this.plans = plans;
        this.imports = imports;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('plan:plan:read')")
    @Operation(summary = "现行行动计划（每个产业、年度的最新版本）")
    List<PlanSummary> list() {
        return plans.activePlans();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    @Operation(summary = "一个行动计划及其全部条目")
    PlanDetail plan(@PathVariable long id) {
        return plans.plan(id).orElseThrow(() -> DomainException.notFound("行动计划不存在: " + id));
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    @Operation(summary = "检索条目：q 为空格分隔的关键词（全部匹配）；mine=true 只看本单位牵头或配合的事项")
    List<PlanItemView> items(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean mine,
                             @RequestParam(required = false) String industry, @RequestParam(defaultValue = "200") int limit) {
        Long org = mine ? users.require().organizationId() : null;
        return plans.search(q, org, industry, limit);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('plan:plan:import')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传计划文档（.txt/.docx/.pdf/.html），返回解析预览；此时尚未入库")
    ImportPreview upload(@RequestPart("file") MultipartFile file) throws IOException {
        return imports.upload(file.getBytes(), file.getOriginalFilename());
    }

    @GetMapping("/imports/{draftId}")
    @PreAuthorize("hasAuthority('plan:plan:import')")
    @Operation(summary = "导入预览：每个计划是新增、未变还是修订，以及条目差异")
    ImportPreview preview(@PathVariable long draftId) {
        return imports.preview(draftId);
    }

    @PutMapping("/imports/{draftId}/corrections")
    @PreAuthorize("hasAuthority('plan:plan:import')")
    @Operation(summary = "更正草稿中一个条目的责任单位与指标（draftVersion 不符返回 409）")
    ImportPreview correct(@PathVariable long draftId, @RequestBody ItemCorrection correction) {
        return imports.correct(draftId, correction);
    }

    @PostMapping("/imports/{draftId}/convention")
    @PreAuthorize("hasAuthority('plan:plan:import')")
    @Operation(summary = "按另一种标注惯例重新识别草稿：{\"draftVersion\",\"convention\":\"FIRST_LISTED_LEADS\"|\"ALL_LISTED_LEAD\"}"
            + "（列第一位者为牵头单位 / 所列单位均为牵头）；已做的更正将被丢弃，draftVersion 不符返回 409")
    ImportPreview convention(@PathVariable long draftId, @RequestBody ConventionRequest request) {
        if (request == null || request.convention() == null) {
            throw DomainException.invalid("请选择标注惯例");
        }
        return imports.reread(draftId, request.draftVersion(), request.convention());
    }

    /** The body of a convention switch. */
    record ConventionRequest(int draftVersion, AnnotationConvention convention) {
    }

    @PostMapping("/imports/{draftId}/commit")
    @PreAuthorize("hasAuthority('plan:plan:import')")
    @Operation(summary = "提交导入：全部成功或全部不生效；同一文件重复提交不产生变化。"
            + "请求体可选：{\"successions\":[{\"planIndex\",\"fromKey\",\"toKey\"}]} 为修订计划的条目衔接"
            + "（原条目 → 承接它的新条目，toKey 为空表示不衔接），只保存所列各对；不传 successions 则采用预览中的建议")
    ImportResult commit(@PathVariable long draftId, @RequestBody(required = false) CommitRequest request) {
        return imports.commit(draftId, request == null ? null : request.successions(),
                request == null ? null : request.agencies());
    }

    /** The optional body of a commit: the item mapping of the revised plans (null: the preview's proposals). */
    record CommitRequest(List<SuccessionChoice> successions, List<AgencyDecision> agencies) {
    }
}
