package cn.tenstrong.targeting;

import java.util.List;

/**
 * 招商漏斗: how many leads reached each stage (线索 → 接洽 → 考察 → 洽谈 → 签约; a skipped stage counts as passed),
 * plus how many were dropped (终止), over the leads the viewer may see, optionally only those registered in a year.
 * Counts in {@link Group#counts()} follow {@link LeadStage#values()}.
 *
 * @param year        the year of registration, null for all years
 * @param total       all visible leads
 * @param conversions recommended enterprises that became leads, per chain (推荐转化)
 * @param eventId     only the leads that came out of this 招商活动, null for all (eventName its name)
 */
public record LeadFunnel(Integer year, List<LeadStage> stages, Group total, List<Group> byCity,
                         List<Group> byIndustry, List<Conversion> conversions, Long eventId, String eventName) {

    /** A funnel over all leads. */
    public LeadFunnel(Integer year, List<LeadStage> stages, Group total, List<Group> byCity, List<Group> byIndustry,
                      List<Conversion> conversions) {
        this(year, stages, total, byCity, byIndustry, conversions, null, null);
    }

    public LeadFunnel {
        stages = List.copyOf(stages);
        byCity = List.copyOf(byCity);
        byIndustry = List.copyOf(byIndustry);
        conversions = List.copyOf(conversions);
    }

    /** One row: a city, an industry, or the total. */
    public record Group(String key, String label, List<Long> counts) {

        public Group {
            counts = List.copyOf(counts);
        }

        public long count(LeadStage stage) {
            return counts.get(stage.ordinal());
        }
    }

    /**
     * 推荐转化 of one chain.
     *
     * @param enterprises recommended enterprises that became leads
     * @param leads       leads created from its recommendations
     * @param signed      of those enterprises, how many signed
     * @param projects    projects created by signing those leads
     */
    public record Conversion(String chainCode, String chainName, long enterprises, long leads, long signed,
                             long projects) {
    }
}
