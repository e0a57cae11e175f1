package cn.tenstrong.chain;

import java.util.List;
import java.util.Optional;

/**
 * 链长制 of a chain: its 链长 (only an administrator enters or clears one), its 包挂单位 and its alliances (the chain's
 * industry's task force and administrators). Every change is validated, version-checked (409) and audited.
 */
public interface ChainLeadership {

    Optional<ChainChief> chief(String chainCode);

    /** Enters (version 0) or changes the 链长. */
    ChainChief setChief(String chainCode, int version, String name, String post);

    /** Clears the 链长 (e.g. after a change of office, until the successor is entered). */
    void clearChief(String chainCode, int version);

    List<SupportAgency> agencies(String chainCode);

    SupportAgency addAgency(String chainCode, long organizationId, String duty);

    SupportAgency updateAgency(long id, int version, String duty);

    void removeAgency(long id, int version);

    List<ChainAlliance> alliances(String chainCode);

    ChainAlliance addAlliance(String chainCode, String name, String kind, String note);

    ChainAlliance updateAlliance(long id, int version, String name, String kind, String note);

    void removeAlliance(long id, int version);

    /** Whether the current user may enter the 链长 (an administrator). */
    boolean canEditChief();
}
