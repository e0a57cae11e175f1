package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A project to create or change. The stage and its dates are read on creation (and import) only; afterwards the
 * stage moves with {@link ProjectLibrary#moveStage}.
 *
 * @param segment    qualified segment code "chainCode/segmentCode" (or just a chain code), may be blank
 * @param regionCode the county (or the city itself) where the project is built
 * @param version    the version read (0 on creation)
 */
public record ProjectDraft(String name, Long enterpriseId, String enterpriseName, String industryCode, String segment,
                           String regionCode, Long parkId, Set<ProjectCategory> categories, BigDecimal totalInvestment,
                           BigDecimal yearPlannedInvestment, Integer planYear, LocalDate plannedStart,
                           ProjectStage stage, LocalDate signedOn, LocalDate startedOn, LocalDate buildingOn,
                           LocalDate completedOn, String description, int version) {
}
