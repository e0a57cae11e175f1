package cn.tenstrong.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 组织机构目录: the org module's public surface. */
public interface OrgDirectory {

    List<Region> cities();

    /** The county-level units of a city, or of the whole province when {@code cityCode} is null. */
    List<Region> counties(String cityCode);

    Optional<Region> region(String code);

    List<Industry> industries();

    Optional<Industry> industry(String code);

    Optional<Organization> organization(long id);

    /** Several organisations at once (for other modules' lists that show their names), by id; unknown ids are absent. */
    Map<Long, Organization> organizations(java.util.Collection<Long> ids);

    /** Finds an organisation by its name or any alias. */
    Optional<Organization> findByName(String nameOrAlias);

    List<Organization> organizations(OrganizationKind kind);

    List<Organization> search(String text, OrganizationKind kind, int limit);

    Map<OrganizationKind, Long> countByKind();

    /**
     * Registers an agency an importer confirmed as new (not flagged for review); returns the existing organisation
     * when the name is already taken by a name or alias.
     */
    Organization register(String name, OrganizationKind kind, String note);

    /** Registers an organisation seen in a document but unknown to the directory, flagged for review. */
    Organization registerUnknown(String name, OrganizationKind kind);

    Organization update(OrganizationChange change);
}
