package cn.tenstrong.portal.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainAlliance;
import cn.tenstrong.chain.ChainChief;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.ChainTask;
import cn.tenstrong.chain.SupportAgency;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.GapBenchmark;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.enterprise.SegmentStrength;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.targeting.LeadStage;

/**
 * 一链一策: what the platform knows about one chain on a 评估日期 — its 链长制, the map and its gaps, the N lists, its
 * own tasks with their ledger status, bound targets, the leads on it and the latest evaluation touching it. A part the
 * user may not read is null (left off, never shown as empty); the map, gaps and lists are the enterprise library as it
 * stands when generated ({@code generatedAt}: the library keeps no history).
 *
 * @param chief    null until an administrator enters the 链长
 * @param tasks    null when the user may not read the ledger
 * @param leads    by stage on the 评估日期; null when the user may not read leads
 */
public record ChainPolicy(ChainSummary chain, AsOf asOf, Instant generatedAt, ChainChief chief,
                          List<SupportAgency> agencies, List<ChainAlliance> alliances, List<Anchor> leaders,
                          List<Anchor> backbone, List<SegmentStrength> segments, GapBenchmark benchmark,
                          List<GapSegment> gaps, List<ChainTarget> targets, List<ChainListItem> chokePoints,
                          List<ChainListItem> talent, List<ChainProject> keyProjects, List<TaskLine> tasks,
                          Map<LeadStage, Long> leads, Evaluation evaluation) {

    /**
     * A Shandong 链主 or 骨干 enterprise of the chain (its placements on the chain merged into one line).
     *
     * @param basis for a 链主: why (行动计划第N行… or 上市公司数据…), or how it was placed; for a 骨干 how it was placed
     */
    public record Anchor(Long enterpriseId, String name, String region, String segments, String revenue, String basis) {
    }

    /** A tagged item with its ledger row on the 评估日期 (null when the item is in no active plan). */
    public record TaskLine(ChainTask task, LedgerRow row) {

        /** Its targets bound to live data (实时数据). */
        public List<LedgerRow.TargetProgress> boundTargets() {
            return row == null ? List.of() : row.targets().stream().filter(LedgerRow.TargetProgress::bound).toList();
        }
    }

    /** The newest published round with subjects on the chain's industry, and those subjects' results. */
    public record Evaluation(RoundResults results, List<RoundResults.SubjectResult> subjects) {
    }

    /** Every bound target of the chain's tasks, with its task. */
    public List<Map.Entry<TaskLine, LedgerRow.TargetProgress>> boundTargets() {
        if (tasks == null) {
            return List.of();
        }
        return tasks.stream().flatMap(t -> t.boundTargets().stream().map(b -> Map.entry(t, b))).toList();
    }
}
