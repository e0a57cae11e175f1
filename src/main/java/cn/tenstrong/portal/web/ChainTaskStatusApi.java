package cn.tenstrong.portal.web;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.portal.internal.ChainPolicy;
import cn.tenstrong.portal.internal.ChainPolicyService;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 链上任务 with their ledger status on a 评估日期 (the chain's tags joined with the ledger, in the portal). */
@RestController
@Tag(name = "链上任务", description = "标记为产业链任务的行动计划条目")
class ChainTaskStatusApi {

    private final ChainPolicyService policies;
    private final Ledger ledger;

    ChainTaskStatusApi(ChainPolicyService policies, Ledger ledger) {
        this.policies = policies;
        this.ledger = ledger;
    }

    /** A tagged item on the 评估日期; {@code status} null when the item is in no active plan. */
    record TaskStatus(long tagId, long itemId, String label, String heading, String text, boolean inForce,
                      String status, String latestProgress, List<LedgerRow.TargetProgress> targets) {
    }

    /** The chain's tasks on the 评估日期. */
    record Tasks(String chainCode, LocalDate asOf, boolean capped, List<TaskStatus> tasks) {
    }

    @GetMapping("/api/chains/{code}/tasks")
    @PreAuthorize("hasAuthority('chain:chain:read') and hasAuthority('ledger:ledger:read')")
    @Operation(summary = "链上任务及其在评估日期的完成状态（asOf 缺省同台账）")
    Tasks tasks(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        policies.chain(code);
        AsOf day = ledger.asOf(asOf);
        List<ChainPolicy.TaskLine> lines = policies.tasks(code, day);
        if (lines == null) {
            throw DomainException.forbidden("当前账号无权查看工作台账");
        }
        return new Tasks(code, day.date(), day.capped(), lines.stream().map(t -> new TaskStatus(t.task().id(),
                t.task().item().id(), t.task().item().label(), t.task().item().heading(), t.task().item().text(),
                t.task().inForce(), t.row() == null ? null : t.row().status().name(),
                t.row() == null ? null : t.row().latestProgress(),
                t.row() == null ? List.of() : t.row().targets())).toList());
    }
}
