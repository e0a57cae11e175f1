package cn.tenstrong.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 上市后备企业: an enterprise of the library in the reserve, with every stage it reached and the day.
 *
 * @param cityCode    the Shandong city of the enterprise's registration (scopes who sees it)
 * @param industryCode the 十强 industry the reserve files it under
 * @param targetBoard 拟上市板块 (主板, 创业板, 科创板, 北交所, 港股 …), may be blank
 * @param stockCode   the stock code from the listed-company data, else null
 * @param listedOn    the 上市日期 from the listed-company data, else null
 * @param steps       the stages reached, in stage order
 */
public record ListingCandidate(long id, long enterpriseId, String enterpriseName, String regionName, String cityCode,
                               String cityName, String industryCode, String industryName, String targetBoard,
                               String notes, String stockCode, LocalDate listedOn, List<Step> steps, String createdBy,
                               Instant updatedAt, int version) {

    public ListingCandidate {
        steps = List.copyOf(steps);
    }

    /** The furthest stage reached (today's stage). */
    public ListingStage stage() {
        return steps.get(steps.size() - 1).stage();
    }

    /** The furthest stage reached on a day, empty when the enterprise was not yet in the reserve then. */
    public Optional<ListingStage> stageOn(LocalDate day) {
        ListingStage found = null;
        for (Step s : steps) {
            if (!s.on().isAfter(day)) {
                found = s.stage();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The day a stage was reached, null when it was not (or was skipped). */
    public LocalDate dateOf(ListingStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).map(Step::on).findFirst().orElse(null);
    }

    /**
     * One stage reached.
     *
     * @param byData set by the listed-company data (上市 on the 上市日期), not by a person
     */
    public record Step(ListingStage stage, LocalDate on, boolean byData, String note, String by, Instant at) {
    }
}
