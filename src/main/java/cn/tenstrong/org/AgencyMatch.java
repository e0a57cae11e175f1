package cn.tenstrong.org;

/**
 * The outcome of resolving one raw agency name.
 *
 * @param raw     the name as written in the document
 * @param name    the canonical name; the trimmed raw name when unknown
 * @param kind    the agency's kind; {@link AgencyKind#OTHER} when unknown
 * @param unknown true when the directory does not know the name, so a person should review it
 */
public record AgencyMatch(String raw, String name, AgencyKind kind, boolean unknown) {}
