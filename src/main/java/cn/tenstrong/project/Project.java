package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * 项目 as stored, with display names resolved and its latest monthly figures.
 *
 * @param ref                   project number (XM + year + sequence), the reference other modules keep
 * @param enterpriseId          the enterprise library's id, or null when only a name is known
 * @param segmentCode           leaf or inner segment of {@code chainCode}, may be null
 * @param parkId                organisation id of the park (kind PARK), may be null
 * @param totalInvestment       总投资, 元
 * @param yearPlannedInvestment 年度计划投资 for {@code planYear}, 元
 * @param plannedStart          计划开工日期; a project planned to start in a year counts in that year's 开工率
 * @param cumulativeCompleted   累计完成投资 of the latest monthly report, 元 (null before the first report)
 * @param possibleDuplicate     another project looks like the same one (never merged automatically)
 * @param duplicateOf           confirmed as a duplicate of this project (已合并/重复): it then counts in no KPI or
 *                              bound target; null otherwise
 * @param duplicateOfRef        the kept project's number, or null
 * @param originEventId         the 招商活动 it came out of (signed from a lead of that event), else null
 */
public record Project(long id, String ref, String name, Long enterpriseId, String enterpriseName, String industryCode,
                      String industryName, String chainCode, String segmentCode, String cityCode, String cityName,
                      String countyCode, String countyName, Long parkId, String parkName, Set<ProjectCategory> categories,
                      BigDecimal totalInvestment, BigDecimal yearPlannedInvestment, Integer planYear,
                      LocalDate plannedStart, ProjectStage stage, LocalDate signedOn, LocalDate startedOn,
                      LocalDate buildingOn, LocalDate completedOn, String description, BigDecimal cumulativeCompleted,
                      String latestPeriod, boolean possibleDuplicate, String createdBy, Instant updatedAt, int version,
                      Long duplicateOf, String duplicateOfRef, Long originEventId) {

    /** 已合并/重复: confirmed as the duplicate of another project. */
    public boolean merged() {
        return duplicateOf != null;
    }

    /** The date a stage was reached, null when not (yet) reached. */
    public LocalDate stageDate(ProjectStage s) {
        return switch (s) {
            case SIGNED -> signedOn;
            case STARTED -> startedOn;
            case BUILDING -> buildingOn;
            case COMPLETED -> completedOn;
        };
    }

    /** "chain/segment" or null. */
    public String qualifiedSegment() {
        return chainCode == null ? null : segmentCode == null ? chainCode : chainCode + "/" + segmentCode;
    }
}
