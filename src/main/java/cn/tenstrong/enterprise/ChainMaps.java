package cn.tenstrong.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "1张图谱 + N张清单": each chain's segments coloured by local strength, the enterprises placed there, the weak
 * segments (短板环节) and the lists other modules fill (招商目标企业, 重点项目). Figures count real enterprises;
 * synthetic (模拟) ones only where the caller asks for them (含模拟数据).
 */
public interface ChainMaps {

    /** Every segment of a chain with its local strength, parents aggregating their leaves; real enterprises only. */
    default List<SegmentStrength> strengths(String chainCode) {
        return strengths(chainCode, false);
    }

    /** As {@link #strengths(String)}; synthetic (模拟) enterprises count only when {@code includeSynthetic}. */
    List<SegmentStrength> strengths(String chainCode, boolean includeSynthetic);

    /**
     * 短板环节: leaves with no local enterprise, a location quotient (区位商) below the chain's fraction, or no local
     * 链主/骨干, and the declared gaps; real enterprises only.
     */
    default List<GapSegment> gaps(String chainCode) {
        return gaps(chainCode, false);
    }

    /** As {@link #gaps(String)}; synthetic (模拟) enterprises count only when {@code includeSynthetic}. */
    List<GapSegment> gaps(String chainCode, boolean includeSynthetic);

    /**
     * How many 短板环节 each chain has, judged exactly as {@link #gaps(String, boolean)} judges them, for all chains at
     * once (a constant number of queries, for pages that show every chain's count).
     */
    Map<String, Integer> gapCounts(boolean includeSynthetic);

    /** 全国基准 of the location quotient: Shandong's share of all enterprises placed on any chain. */
    GapBenchmark benchmark(boolean includeSynthetic);

    /**
     * Enterprises placed on a chain (or one segment and everything below it), not rejected.
     *
     * @param segmentCode {@code null} for the whole chain
     * @param local       {@code null} for both, true for Shandong only, false for elsewhere only
     * @param roles       empty for all roles
     * @param tags        empty for any; otherwise the enterprise has at least one of them
     */
    default List<PlacedEnterprise> placed(String chainCode, String segmentCode, Boolean local, Set<PlacementRole> roles,
                                          Set<EnterpriseTag> tags, int limit) {
        return placed(chainCode, segmentCode, local, roles, tags, false, limit);
    }

    /** As {@link #placed(String, String, Boolean, Set, Set, int)}; 模拟数据 only when {@code includeSynthetic}. */
    List<PlacedEnterprise> placed(String chainCode, String segmentCode, Boolean local, Set<PlacementRole> roles,
                                  Set<EnterpriseTag> tags, boolean includeSynthetic, int limit);

    /** 招商目标企业 of a chain. */
    List<ChainTarget> targets(String chainCode);

    /** Adds a target enterprise (for the targeting module); audited. */
    ChainTarget addTarget(NewChainTarget target);

    /** 重点项目 of a chain. */
    List<ChainProject> keyProjects(String chainCode);

    /** Adds or updates (by project reference) a key project (for the project module); audited. */
    ChainProject putKeyProject(NewChainProject project);

    /** Takes a project off a chain's 重点项目 list (e.g. confirmed as a duplicate of another); audited; no-op if absent. */
    void removeKeyProject(String chainCode, String projectRef);
}
