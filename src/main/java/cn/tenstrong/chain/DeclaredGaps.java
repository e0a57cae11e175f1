package cn.tenstrong.chain;

import java.util.List;

/**
 * 专班认定短板 of the chains: listed by everyone who may read the chain, changed only by the chain's own task force
 * (or an administrator); every change is validated, version-checked and audited.
 */
public interface DeclaredGaps {

    /** The entries in force, in segment order. */
    List<DeclaredGap> active(String chainCode);

    /** The entries in force on every chain, in chain and segment order. */
    List<DeclaredGap> active();

    /** All entries, withdrawn ones included. */
    List<DeclaredGap> all(String chainCode);

    DeclaredGap add(String chainCode, String segmentCode, String term, String reason);

    DeclaredGap updateReason(long id, int version, String reason);

    /** Withdraws an entry; a withdrawn seed entry is not stored again on the next start. */
    DeclaredGap withdraw(long id, int version, String note);
}
