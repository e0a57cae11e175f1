package cn.tenstrong.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** 督导 as read: scope, industry, the round or agency inspected, title, date, basis, and how many findings it has. */
public record InspectionView(long id, InspectionScope scope, String industryCode, String industryName, Long roundId,
                            String roundLabel, Long organizationId, String organizationName, String title,
                            LocalDate inspectedOn, String basis, String createdBy, Instant createdAt, int version,
                            int findings) {
}
