package cn.tenstrong.ledger.web;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ReportDraft;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.Scorecard;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.ledger.TargetProfile;
import cn.tenstrong.ledger.TargetProfiles;
import cn.tenstrong.ledger.TodoItem;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the ledger: rounds, reports and their workflow, the computed ledger, to-dos and scorecards. */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "工作台账", description = "调度轮次、进展报告（草稿→报送→通过/退回）、状态计算、待办与评分卡")
class LedgerApi {

    /** Opening a round. */
    record NewRound(String industryCode, String periodKind, String periodLabel, LocalDate periodStart,
                    LocalDate periodEnd, LocalDate dueDate) {
    }

    /** A review decision; comment required when returning. */
    record ReviewDecision(int version, String comment) {
    }

    /** A target's 进度曲线: 12 cumulative percentages (January first) and the version read (0 for the default rule). */
    record ProfileChange(List<java.math.BigDecimal> monthly, int version) {
    }

    static final String ASOF = "评估日期（yyyy-MM-dd），默认今天；默认时已结束年度的计划按其年末评估";

    private final Ledger ledger;
    private final ProgressRounds rounds;
    private final CurrentUsers users;
    private final TargetProfiles profiles;

    LedgerApi(Ledger ledger, ProgressRounds rounds, CurrentUsers users, TargetProfiles profiles) {
        this.ledger = ledger;
        this.rounds = rounds;
        this.users = users;
        this.profiles = profiles;
    }

    @GetMapping("/rows")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "台账：现行计划全部条目及其在评估日期的计算状态；mine=true 只看本单位牵头或配合的事项")
    List<LedgerRow> rows(@RequestParam(required = false) String industry, @RequestParam(defaultValue = "false") boolean mine,
                         @Parameter(description = ASOF) @RequestParam(required = false) LocalDate asOf) {
        return ledger.rows(industry, mine ? users.require().organizationId() : null, ledger.asOf(asOf));
    }

    @GetMapping("/status-counts")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "各完成状态的事项数（评估日期；可按产业、本单位），与台账、驾驶舱、评分卡、Excel台账和Word调度报告同一口径")
    StatusCounts statusCounts(@RequestParam(required = false) String industry,
                              @RequestParam(defaultValue = "false") boolean mine,
                              @Parameter(description = ASOF) @RequestParam(required = false) LocalDate asOf) {
        return ledger.statusCounts(industry, mine ? users.require().organizationId() : null, ledger.asOf(asOf));
    }

    @GetMapping("/todos")
    @Operation(summary = "我的待办：未报送、被退回、已逾期的事项，待审核的报告")
    List<TodoItem> todos() {
        return ledger.todos();
    }

    @GetMapping("/scorecards")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "责任单位评分卡（按推进正常比例、按时报送率排序；评估日期）")
    List<Scorecard> scorecards(@Parameter(description = ASOF) @RequestParam(required = false) LocalDate asOf) {
        return ledger.agencyScorecards(ledger.asOf(asOf));
    }

    @GetMapping("/rounds")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "调度轮次")
    List<RoundView> rounds() {
        return rounds.rounds();
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasAuthority('ledger:round:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起调度（产业专班只能发起本产业的调度）")
    RoundView open(@RequestBody NewRound round) {
        return rounds.open(round.industryCode(), round.periodKind(), round.periodLabel(), round.periodStart(),
                round.periodEnd(), round.dueDate());
    }

    @PostMapping("/rounds/{id}/close")
    @PreAuthorize("hasAuthority('ledger:round:manage')")
    @Operation(summary = "关闭调度：关闭后本轮报告锁定")
    RoundView close(@PathVariable long id, @RequestBody ReviewDecision decision) {
        return rounds.close(id, decision.version());
    }

    @GetMapping("/rounds/{id}/reports")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "本轮全部进展报告")
    List<ReportView> reports(@PathVariable long id) {
        return rounds.reports(id);
    }

    @PutMapping("/reports")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    @Operation(summary = "保存本单位对某条目的进展报告草稿（仅牵头单位；version 为所编辑报告的版本，新建为 0）")
    ReportView save(@RequestBody ReportDraft draft) {
        return rounds.save(draft);
    }

    @PostMapping("/reports/{id}/submit")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    @Operation(summary = "报送")
    ReportView submit(@PathVariable long id, @RequestBody ReviewDecision decision) {
        return rounds.submit(id, decision.version());
    }

    @PostMapping("/reports/{id}/accept")
    @PreAuthorize("hasAuthority('ledger:report:review')")
    @Operation(summary = "审核通过（产业专班，仅本产业）")
    ReportView accept(@PathVariable long id, @RequestBody ReviewDecision decision) {
        return rounds.accept(id, decision.version());
    }

    @PostMapping("/reports/{id}/return")
    @PreAuthorize("hasAuthority('ledger:report:review')")
    @Operation(summary = "退回并说明原因")
    ReportView sendBack(@PathVariable long id, @RequestBody ReviewDecision decision) {
        return rounds.sendBack(id, decision.version(), decision.comment());
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "一份进展报告及其佐证材料与流转记录")
    ReportView report(@PathVariable long id) {
        return rounds.report(id).orElseThrow(() -> DomainException.notFound("进展报告不存在: " + id));
    }

    @GetMapping("/targets/{targetId}/profile")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "指标的进度曲线：1–12月末累计应完成百分比（专班设置的，或默认按时间均匀），预设曲线，实际完成，"
            + "以及评估日期按曲线与按默认规则的状态",
            responses = {@ApiResponse(responseCode = "200", description = "进度曲线"),
                    @ApiResponse(responseCode = "404", description = "指标不存在或不属于现行计划")})
    TargetProfile profile(@PathVariable long targetId,
                          @Parameter(description = "评估日期，默认为台账的默认评估日期") @RequestParam(required = false) LocalDate asOf) {
        return profiles.profile(targetId, asOf);
    }

    @PutMapping("/targets/{targetId}/profile")
    @PreAuthorize("hasAuthority('ledger:profile:write')")
    @Operation(summary = "设置指标的进度曲线（本产业的产业专班或系统管理员）：monthly 为1–12月末累计百分比，0–100、不下降、12月（或完成时限所在月）为100；"
            + "version 为读取时的版本（默认规则为 0）",
            responses = {@ApiResponse(responseCode = "200", description = "已保存，状态随即按新曲线计算"),
                    @ApiResponse(responseCode = "403", description = "不是该产业的产业专班或管理员"),
                    @ApiResponse(responseCode = "404", description = "指标不存在或不属于现行计划"),
                    @ApiResponse(responseCode = "409", description = "进度曲线已被他人修改"),
                    @ApiResponse(responseCode = "422", description = "曲线不合规（detail 列出每一处问题）")})
    TargetProfile setProfile(@PathVariable long targetId, @RequestBody ProfileChange change) {
        return profiles.set(targetId, change.monthly(), change.version());
    }

    @DeleteMapping("/targets/{targetId}/profile")
    @PreAuthorize("hasAuthority('ledger:profile:write')")
    @Operation(summary = "恢复默认规则（按时间均匀）：删除指标的进度曲线",
            responses = {@ApiResponse(responseCode = "200", description = "已恢复默认，返回默认曲线"),
                    @ApiResponse(responseCode = "403", description = "不是该产业的产业专班或管理员"),
                    @ApiResponse(responseCode = "409", description = "进度曲线已被他人修改")})
    TargetProfile resetProfile(@PathVariable long targetId,
                               @Parameter(description = "读取时的版本") @RequestParam int version) {
        return profiles.reset(targetId, version);
    }

    @GetMapping("/profile-presets")
    @PreAuthorize("hasAuthority('ledger:ledger:read')")
    @Operation(summary = "预设进度曲线（按12月完成的指标；单个指标的接口返回按其完成时限调整后的预设）")
    List<TargetProfile.Preset> presets() {
        return profiles.presets();
    }
}
