package cn.tenstrong.org;

import java.util.List;

/** An edit of an organisation, carrying the version it was read at so concurrent edits are detected. */
public record OrganizationChange(long id, int version, String name, OrganizationKind kind, String regionCode,
                                 String industryCode, boolean needsReview, String note, List<String> aliases) {
}
