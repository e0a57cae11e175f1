package cn.tenstrong.plan;

/**
 * 未识别单位的处理: what committing a draft does with an agency the directory does not know, as the importer decided
 * on the preview. Agencies without a decision are registered for review, as before.
 *
 * @param name    the unknown name as the preview lists it ("四川省发展改革委")
 * @param aliasOf the name of an existing organisation this name is another name of; blank to register the name as a
 *                new agency of its own
 */
public record AgencyDecision(String name, String aliasOf) {

    /** True when the name becomes an alias of an existing organisation. */
    public boolean isAlias() {
        return aliasOf != null && !aliasOf.isBlank();
    }
}
