package cn.tenstrong.project.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.MonthlyReport;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.PossibleDuplicate;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.ProjectKpis;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.TargetBinding;
import cn.tenstrong.project.TargetBindings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** JSON API of the project library (amounts in 元). */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "项目库", description = "项目、阶段、月度投资调度、导入、疑似重复、指标统计、指标绑定")
class ProjectApi {

    private final ProjectLibrary library;
    private final ProjectKpis kpis;
    private final TargetBindings bindings;

    ProjectApi(ProjectLibrary library, ProjectKpis kpis, TargetBindings bindings) {
        this.library = library;
        this.kpis = kpis;
        this.bindings = bindings;
    }

    /** A stage move. */
    record StageMove(int version, ProjectStage stage, LocalDate on) {
    }

    /** A binding request. */
    record BindRequest(BindingKind kind, BindingFilter filter, int version) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "项目列表（仅本人数据范围内）：q 名称/编号/企业；industry 产业代码；city 市代码；category；stage；duplicates=true 仅疑似重复")
    List<Project> search(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
                         @RequestParam(required = false) String city,
                         @RequestParam(required = false) ProjectCategory category,
                         @RequestParam(required = false) ProjectStage stage,
                         @RequestParam(required = false) Boolean duplicates) {
        return library.search(new ProjectQuery(q, industry, city, category, stage, duplicates));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "项目详情")
    Project project(@PathVariable long id) {
        return library.require(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('project:project:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增项目（segment 为“产业链代码/环节代码”；regionCode 为市或县代码）")
    Project create(@RequestBody ProjectDraft draft) {
        return library.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "修改项目（version 不符返回 409；阶段请用 /stage）")
    Project update(@PathVariable long id, @RequestBody ProjectDraft draft) {
        return library.update(id, draft);
    }

    @PostMapping("/{id}/stage")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "推进到下一阶段（签约 → 开工 → 在建 → 竣工投产），日期不早于上一阶段")
    Project stage(@PathVariable long id, @RequestBody StageMove move) {
        return library.moveStage(id, move.version(), move.stage(), move.on());
    }

    @GetMapping("/{id}/reports")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "月度投资调度记录")
    List<MonthlyReport> reports(@PathVariable long id) {
        return library.reports(id);
    }

    @PutMapping("/{id}/reports/{period}")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "填报某月投资（每项目每月一份；累计完成投资不得减少；version 0 表示新建）")
    MonthlyReport report(@PathVariable long id, @PathVariable String period, @RequestBody MonthlyReportDraft draft) {
        return library.report(id, new MonthlyReportDraft(period, draft.completed(), draft.cumulative(),
                draft.fundsInPlace(), draft.problems(), draft.solver(), draft.version()));
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "疑似重复项目及处理情况（OPEN 疑似重复、DISMISSED 不是重复、CONFIRMED 已确认重复）")
    List<PossibleDuplicate> duplicates(@PathVariable long id) {
        return library.duplicates(id);
    }

    /** A decision on a flagged pair. */
    record DuplicateDecision(String reason, Long duplicateId, int version) {
    }

    @PostMapping("/{id}/duplicates/{otherId}/dismiss")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "不是重复：说明理由，之后重新检测也不再提示这两个项目（须可修改其中至少一个项目；version 为读取时的版本，"
            + "不符返回 409）")
    PossibleDuplicate dismiss(@PathVariable long id, @PathVariable long otherId, @RequestBody DuplicateDecision d) {
        return library.dismissDuplicate(id, otherId, d.reason(), d.version());
    }

    @PostMapping("/{id}/duplicates/{otherId}/confirm")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "确认重复：duplicateId（两者之一）为重复项目，显示为已合并/重复，不再计入项目指标和绑定指标"
            + "（须可修改该重复项目）")
    PossibleDuplicate confirm(@PathVariable long id, @PathVariable long otherId, @RequestBody DuplicateDecision d) {
        return library.confirmDuplicate(id, otherId, d.duplicateId() == null ? id : d.duplicateId(), d.reason(),
                d.version());
    }

    @PostMapping("/{id}/duplicates/{otherId}/reopen")
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "撤销处理，重新检测（撤销已确认的重复仅限系统管理员）")
    PossibleDuplicate reopen(@PathVariable long id, @PathVariable long otherId, @RequestBody DuplicateDecision d) {
        return library.reopenDuplicate(id, otherId, d.version());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('project:project:write')")
    @Operation(summary = "导入项目清单（.xlsx，格式见模板）：任一行有错则全部不导入，错误指明行和列")
    ProjectImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return library.importFile(file.getBytes());
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "下载项目导入模板（xlsx）")
    ResponseEntity<byte[]> template() {
        return ProjectPages.xlsx("项目导入模板.xlsx", library.importTemplate());
    }

    @GetMapping("/kpis")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "开工率、投资完成率、资金到位率：by = TOTAL / INDUSTRY / CITY / CATEGORY / MONTH；"
            + "asOf（评估日期：当日前开工、当日前已结束月份的月报）或 year（全年）")
    List<ProjectKpis.KpiRow> kpis(@RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) LocalDate asOf,
                                  @RequestParam(defaultValue = "TOTAL") ProjectKpis.Dimension by) {
        if (asOf != null) {
            return kpis.kpis(asOf, by);
        }
        if (year == null) {
            throw cn.tenstrong.shared.DomainException.invalid("请指定 year 或 asOf");
        }
        return kpis.kpis(year, by);
    }

    @GetMapping("/bindings")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "绑定了实时数据的计划指标")
    List<TargetBinding> bindings() {
        return bindings.bindings();
    }

    @PutMapping("/bindings/{targetId}")
    @PreAuthorize("hasAuthority('project:binding:write')")
    @Operation(summary = "把计划指标绑定到实时数据（项目投资合计、项目数、带标签企业数、签约线索数、招商活动场次 COUNT_EVENTS、"
            + "新增上市公司 COUNT_NEW_LISTINGS）；台账随即使用计算值")
    TargetBinding bind(@PathVariable long targetId, @RequestBody BindRequest request) {
        return bindings.bind(targetId, request.kind(), request.filter(), request.version());
    }

    @GetMapping("/bindings/{targetId}/value")
    @PreAuthorize("hasAuthority('project:project:read')")
    @Operation(summary = "绑定指标在某一评估日期的值（asOf，默认今天或演示时点）：此后举办的活动、上市、签约、到达的阶段与此后月份的月报不计")
    cn.tenstrong.project.BindingValue value(@PathVariable long targetId,
                                            @RequestParam(required = false) java.time.LocalDate asOf) {
        return bindings.valueOn(targetId, asOf);
    }
}
