package cn.tenstrong.listing;

import java.time.LocalDate;
import java.util.List;

/**
 * 上市后备资源库: a city bureau sees and changes its city's candidates (a county bureau changes its county's), a task
 * force its industry's, administrators all; parks see their city's; leaders and provincial agencies read all.
 * Changes are validated, version-checked (409) and audited; the listed-company data closes a candidate's path at
 * 上市 on its 上市日期, on load and whenever the data changes.
 */
public interface ListingCandidates {

    /** Candidates the user may see, each filter optional (stage today, city, industry prefix). */
    List<ListingCandidate> candidates(ListingStage stage, String cityCode, String industryCode);

    /** The candidate, NOT_FOUND when it does not exist, FORBIDDEN when outside the user's scope. */
    ListingCandidate require(long id);

    /** 入库: an enterprise of the library registered in Shandong, once. */
    ListingCandidate enrol(CandidateDraft draft);

    /** Changes the industry, target board and notes (version-checked). */
    ListingCandidate update(long id, CandidateDraft draft);

    /**
     * Moves a candidate forward (stages may be skipped) on a day not before its current stage's and not after today.
     * 上市 by hand (a listing the data does not carry, e.g. 港股) needs a note saying where.
     */
    ListingCandidate advance(long id, int version, ListingStage to, LocalDate on, String note);

    /** Counts per stage, city and industry as of a day (null: today, or a demo's 演示时点). */
    ListingCounts counts(LocalDate asOf);

    boolean canCreate();

    boolean canEdit(ListingCandidate candidate);
}
