package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 申万行业与环节对应: which leaf segments an SW2021 industry names (enterprise/reference/sw-segments.csv), the same
 * table placement reads. Listed companies carry only SW2021 industries, no GB/T 4754 class, so this is the evidence
 * their industry gives for a segment (a chip designer's 模拟芯片设计 for 汽车电子芯片应用).
 */
public interface SwIndustrySegments {

    /** The leaves the SW industry (一级/二级/三级 path) names, in table order; empty for none or a blank industry. */
    List<SwIndustrySegment> segmentsOf(String swIndustryName);

    /**
     * Whether an enterprise of this SW industry may be placed on the chain (and, for a leaf with its own gate, on the
     * segment) at all: enterprise/reference/chain-sw-industries.csv and segment-sw-industries.csv, the gates placement
     * uses (an automotive-electronics maker, SW 汽车, is no chip maker). True without an SW industry.
     */
    boolean admits(String chainCode, String segmentCode, String swIndustryName);

    /**
     * A leaf an SW industry names.
     *
     * @param chainCode   the chain
     * @param segmentCode the leaf
     * @param sole        对应: the industry is that one business (白酒Ⅲ → 白酒); false for 辅助: the industry covers this
     *                    leaf among others (模拟芯片设计 → 电源管理、功率、车规芯片)
     * @param industry    the table's industry (一级/二级 or the full path) that named it
     */
    record SwIndustrySegment(String chainCode, String segmentCode, boolean sole, String industry) {
    }
}
