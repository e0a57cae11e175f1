package cn.tenstrong.supervision;

import java.time.LocalDate;

/**
 * A finding (问题) and the 整改 task it becomes: the plan item it is about (optional), the owner agency (by default the
 * item's lead agency, or the inspected agency), severity, description, the deadline and 验收标准 (what evidence closes
 * it).
 */
public record NewFinding(Long itemId, Long ownerOrganizationId, Severity severity, String description,
                         LocalDate deadline, String acceptanceCriteria) {
}
