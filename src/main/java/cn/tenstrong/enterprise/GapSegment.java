package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.chain.DeclaredGap;

/**
 * 短板环节: a segment that meets at least one gap rule, with the figures the rules measured, or that the task force
 * declares weak (专班认定短板), or both.
 *
 * @param segmentCode   the segment (a leaf for the computed rules; any level for declared gaps)
 * @param name          its name
 * @param path          上游 / 材料 / 光刻胶
 * @param local         Shandong enterprises placed (not rejected)
 * @param total         all enterprises placed (not rejected)
 * @param localShare    local / total in percent (one decimal), {@code null} when nothing is placed
 * @param locationQuotient 区位商: localShare against the benchmark's share, two decimals; {@code null} when undefined
 * @param quotientThreshold the chain's fraction: a leaf whose quotient is below it is weak (default 0.5)
 * @param benchmark     全国基准: Shandong's share of all placed enterprises in the library
 * @param localLeaders  Shandong enterprises placed as 链主
 * @param localBackbone Shandong enterprises placed as 骨干
 * @param findings      the computed rules it meets, each with its figures (empty for a segment only declared)
 * @param declared      the declared gaps on it (in force)
 * @param note          why its share was not judged (样本不足 …), empty when it was or it has no Shandong enterprise
 * @param reason        the findings, declared gaps and note as one line, for lists and exports
 */
public record GapSegment(String segmentCode, String name, String path, int local, int total, BigDecimal localShare,
                         BigDecimal locationQuotient, BigDecimal quotientThreshold, GapBenchmark benchmark,
                         int localLeaders, int localBackbone, List<GapFinding> findings, List<DeclaredGap> declared,
                         String note, String reason) {

    public GapSegment {
        findings = List.copyOf(findings);
        declared = List.copyOf(declared);
        note = note == null ? "" : note;
    }

    /** Whether a computed rule makes it a gap. */
    public boolean computed() {
        return !findings.isEmpty();
    }
}
