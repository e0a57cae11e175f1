package cn.tenstrong.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.supervision.InspectionScope;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.NewFinding;
import cn.tenstrong.supervision.NewInspection;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.Severity;
import cn.tenstrong.supervision.SupervisionBoard;
import cn.tenstrong.supervision.SupervisionCounts;
import cn.tenstrong.supervision.SupervisionDocuments;
import cn.tenstrong.supervision.SupervisionTodo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of 督导整改: inspections, findings, the 整改 workflow, to-dos, counts and the 整改台账 import. */
@RestController
@RequestMapping("/api/supervision")
@PreAuthorize("hasAuthority('supervision:inspection:read')")
@Tag(name = "督导整改", description = "督导评估 → 发现问题 → 整改任务 → 报送 → 核验销号/退回 → 回头看；逾期按评估日期判断")
class SupervisionApi {

    /** Opening an inspection (scope ROUND, INDUSTRY or AGENCY). */
    record InspectionRequest(InspectionScope scope, String industryCode, Long roundId, Long organizationId,
                             String title, LocalDate inspectedOn, String basis) {
    }

    /** A finding and its 整改 task. */
    record FindingRequest(Long itemId, Long ownerOrganizationId, Severity severity, String description,
                          LocalDate deadline, String acceptanceCriteria) {
    }

    /** An owner's progress report: text and links (files are uploaded on the page). */
    record RectificationReport(int version, String text, List<EvidenceLink> links) {
    }

    /** A link as evidence. */
    record EvidenceLink(String name, String url) {
    }

    /** 销号 (with the 回头看 date), 退回 (comment is the reason) or 回头看 (passed, or a new deadline). */
    record RectificationDecision(int version, String comment, LocalDate recheckOn, Boolean passed, LocalDate deadline) {
    }

    static final String ASOF = "评估日期（yyyy-MM-dd），默认今天（演示环境为演示时点）";

    private final Inspections inspections;
    private final Rectifications rectifications;
    private final SupervisionBoard board;
    private final SupervisionDocuments documents;

    SupervisionApi(Inspections inspections, Rectifications rectifications, SupervisionBoard board,
                   SupervisionDocuments documents) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.board = board;
        this.documents = documents;
    }

    @GetMapping("/inspections")
    @Operation(summary = "督导列表（产业专班：本产业；责任单位：涉及本单位整改的；管理员、领导：全部）")
    List<InspectionView> inspections() {
        return inspections.inspections();
    }

    @PostMapping("/inspections")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起督导：对象为调度轮次（roundId）、产业或责任单位（organizationId）；产业专班只能督导本产业",
            responses = {@ApiResponse(responseCode = "201", description = "已创建"),
                    @ApiResponse(responseCode = "403", description = "不是该产业的产业专班或管理员"),
                    @ApiResponse(responseCode = "422", description = "字段不合规")})
    InspectionView open(@RequestBody InspectionRequest r) {
        return inspections.open(new NewInspection(r.scope(), r.industryCode(), r.roundId(), r.organizationId(),
                r.title(), r.inspectedOn(), r.basis()));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "一次督导")
    InspectionView inspection(@PathVariable long id) {
        return inspections.inspection(id);
    }

    @PostMapping("/inspections/{id}/findings")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录发现的问题并生成整改任务：责任单位默认为计划条目的牵头单位（或被督导单位），须给出整改时限与验收标准")
    RectificationView addFinding(@PathVariable long id, @RequestBody FindingRequest r) {
        return inspections.addFinding(id, new NewFinding(r.itemId(), r.ownerOrganizationId(), r.severity(),
                r.description(), r.deadline(), r.acceptanceCriteria()));
    }

    @GetMapping("/rectifications")
    @Operation(summary = "整改台账（数据范围内）：可按督导、评估日期的状态筛选，overdue=true 只看评估日期已逾期的")
    List<RectificationView> rectifications(@RequestParam(required = false) Long inspection,
                                           @RequestParam(required = false) RectificationStatus status,
                                           @RequestParam(defaultValue = "false") boolean overdue,
                                           @Parameter(description = ASOF) @RequestParam(required = false) LocalDate asOf) {
        return rectifications.rectifications(new Rectifications.Filter(inspection, status, overdue,
                asOf == null ? board.today() : asOf));
    }

    @GetMapping("/rectifications/{id}")
    @Operation(summary = "一项整改：问题、佐证材料、整改进展与全部流转记录")
    RectificationView rectification(@PathVariable long id) {
        return rectifications.rectification(id);
    }

    @PostMapping("/rectifications/{id}/reports")
    @PreAuthorize("hasAuthority('supervision:rectification:write')")
    @Operation(summary = "责任单位报送整改进展（整改中或已退回时；报送后待专班核验）",
            responses = {@ApiResponse(responseCode = "200", description = "已报送"),
                    @ApiResponse(responseCode = "403", description = "不是本单位负责的整改"),
                    @ApiResponse(responseCode = "409", description = "整改已被他人修改"),
                    @ApiResponse(responseCode = "422", description = "状态不允许或内容不合规")})
    RectificationView report(@PathVariable long id, @RequestBody RectificationReport r) {
        List<NewEvidence> links = r.links() == null ? List.of()
                : r.links().stream().map(l -> NewEvidence.link(l.name(), l.url())).toList();
        return rectifications.report(id, r.version(), r.text(), links);
    }

    @PostMapping("/rectifications/{id}/close")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    @Operation(summary = "核验销号并安排回头看（recheckOn 须晚于今天）")
    RectificationView close(@PathVariable long id, @RequestBody RectificationDecision d) {
        return rectifications.close(id, d.version(), d.recheckOn(), d.comment());
    }

    @PostMapping("/rectifications/{id}/return")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    @Operation(summary = "退回整改（comment 为退回原因，必填）")
    RectificationView sendBack(@PathVariable long id, @RequestBody RectificationDecision d) {
        return rectifications.sendBack(id, d.version(), d.comment());
    }

    @PostMapping("/rectifications/{id}/recheck")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    @Operation(summary = "回头看：passed=true 通过；否则重新整改，须填写发现的问题（comment）与新的整改时限（deadline）")
    RectificationView recheck(@PathVariable long id, @RequestBody RectificationDecision d) {
        if (d.passed() == null) {
            throw DomainException.invalid("passed", "请说明回头看是否通过（passed）");
        }
        return rectifications.recheck(id, d.version(), d.passed(), d.comment(), d.deadline());
    }

    @GetMapping("/todos")
    @Operation(summary = "我的督导整改待办：待整改、被退回、已逾期；待核验销号、回头看到期")
    List<SupervisionTodo> todos() {
        return board.todos();
    }

    @GetMapping("/counts")
    @Operation(summary = "整改数量（评估日期）：整改中（含待核验、已退回）、其中逾期、已销号、回头看到期；可按产业")
    SupervisionCounts counts(@RequestParam(required = false) String industry,
                             @Parameter(description = ASOF) @RequestParam(required = false) LocalDate asOf) {
        return board.counts(industry == null || industry.isBlank() ? null : industry,
                asOf == null ? board.today() : asOf);
    }

    @PostMapping(path = "/rectifications/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入填写后的整改台账（全部成功或全部不导入；错误逐行列在 errors 中）",
            responses = {@ApiResponse(responseCode = "200", description = "已导入"),
                    @ApiResponse(responseCode = "422", description = "文件有错误，未导入任何一行")})
    SupervisionDocuments.ImportResult importWorkbook(@RequestParam("file") MultipartFile file) throws IOException {
        return documents.importWorkbook(file.getBytes());
    }
}
