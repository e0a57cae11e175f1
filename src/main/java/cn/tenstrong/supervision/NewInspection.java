package cn.tenstrong.supervision;

import java.time.LocalDate;

/**
 * Opening a 督导: its scope, the industry it belongs to (a task force's own by default; a round's industry when it
 * inspects a round), the round or the agency it looks at, title, date and 依据 (the basis: a document, a meeting).
 */
public record NewInspection(InspectionScope scope, String industryCode, Long roundId, Long organizationId, String title,
                           LocalDate inspectedOn, String basis) {
}
