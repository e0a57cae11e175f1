package cn.tenstrong.listing;

import java.time.LocalDate;

/**
 * 入库 or a change of a candidate's description.
 *
 * @param enterpriseId the enterprise (on 入库; ignored afterwards)
 * @param stage        the stage it enters the reserve at (on 入库; default 培育), stageOn its day (default today)
 * @param version      the version read (0 on 入库); a stale version is refused (409)
 */
public record CandidateDraft(Long enterpriseId, String industryCode, ListingStage stage, LocalDate stageOn,
                             String targetBoard, String notes, int version) {
}
