package cn.tenstrong.listing;

import java.time.LocalDate;
import java.util.List;

/**
 * 上市后备资源库统计 as of a day, over the candidates the viewer may see: how many are at each stage on that day, in
 * total, per city and per industry, and how many reached 上市 in the day's year by the day. Counts in
 * {@link Group#counts()} follow {@link ListingStage#values()}.
 */
public record ListingCounts(LocalDate asOf, List<ListingStage> stages, Group total, List<Group> byCity,
                            List<Group> byIndustry) {

    public ListingCounts {
        stages = List.copyOf(stages);
        byCity = List.copyOf(byCity);
        byIndustry = List.copyOf(byIndustry);
    }

    /**
     * One row.
     *
     * @param listedThisYear candidates that reached 上市 in the day's year, by the day
     */
    public record Group(String key, String label, List<Long> counts, long total, long listedThisYear) {

        public Group {
            counts = List.copyOf(counts);
        }

        public long count(ListingStage stage) {
            return counts.get(stage.ordinal());
        }
    }
}
