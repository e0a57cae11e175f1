package cn.tenstrong.org;

import java.util.List;

/** 机构: an organisation with the names documents may use for it. */
public record Organization(long id, String name, OrganizationKind kind, String regionCode, String industryCode,
                           boolean needsReview, String note, int version, List<String> aliases) {
}
