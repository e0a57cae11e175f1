package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.chain.DeclaredGap;

/**
 * 环节本地实力.
 *
 * @param segmentCode   segment
 * @param name          its name
 * @param stage         上游/中游/下游 (enum name)
 * @param depth         0 for stage roots
 * @param parentCode    parent, {@code null} for a root
 * @param leaf          末级环节
 * @param local         Shandong enterprises placed (not rejected)
 * @param total         all enterprises placed (not rejected)
 * @param localRevenue  their revenue, 万元
 * @param localTagged   local ones with an honour (专精特新, 小巨人, 单项冠军, 高新技术企业, 瞪羚, 上市, 链主)
 * @param localLeaders  local ones placed as 链主
 * @param level         0 (none) .. 4 (strong), for colouring the map
 * @param gap           whether it is a 短板环节: a leaf meeting a gap rule, or any segment with a declared gap
 * @param gapReason     the rules met with their figures and the declared gaps, empty when not a gap
 * @param localShare    local / total in percent, one decimal; {@code null} when nothing is placed
 * @param localBackbone local ones placed as 骨干
 * @param findings      the computed gap rules it meets (leaves only), each with its figures
 * @param declared      专班认定短板 on this segment (in force)
 * @param locationQuotient 区位商 against the library's benchmark, two decimals; {@code null} when undefined
 * @param note          why its share was not judged (样本不足 …; leaves only), empty otherwise
 */
public record SegmentStrength(String segmentCode, String name, String stage, int depth, String parentCode, boolean leaf,
                              int local, int total, BigDecimal localRevenue, int localTagged, int localLeaders,
                              int level, boolean gap, String gapReason, BigDecimal localShare, int localBackbone,
                              List<GapFinding> findings, List<DeclaredGap> declared, BigDecimal locationQuotient,
                              String note) {

    public SegmentStrength {
        findings = List.copyOf(findings);
        declared = List.copyOf(declared);
        note = note == null ? "" : note;
    }

    /** Whether the task force declares it weak. */
    public boolean declaredGap() {
        return !declared.isEmpty();
    }
}
