package cn.tenstrong.chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 产业链目录（数据库）: the chain catalog as stored and edited, the chain module's public surface for other
 * modules. Reads are cheap: the catalog and its {@link SegmentMatcher} are cached and rebuilt after an edit.
 */
public interface ChainDirectory {

    /** All chains in catalog order. */
    List<ChainSummary> chains();

    Optional<ChainSummary> summary(String chainCode);

    /** The stored chain with its segment tree (GB/T classes inherited down the tree as in the YAML catalog). */
    Optional<Chain> chain(String chainCode);

    /** The chain or a NOT_FOUND domain error. */
    Chain requireChain(String chainCode);

    /** Stored segments of a chain, depth first, with versions. */
    List<SegmentRecord> segments(String chainCode);

    Optional<SegmentRecord> segment(String chainCode, String segmentCode);

    /** The whole stored catalog. */
    ChainCatalog catalog();

    /** A matcher over the stored (edited) catalog. */
    SegmentMatcher matcher();

    /** 修改环节: validated, version-checked, audited; only the chain's own task force or an administrator. */
    SegmentRecord updateSegment(SegmentChange change);

    /** 设置区位商阈值 (a fraction, 0..5; 0.5 = weak below half of Shandong's share across the library). */
    ChainSummary updateGapThreshold(String chainCode, int version, BigDecimal quotient);

    List<ChainListItem> listItems(String chainCode, ChainListKind kind);

    ChainListItem addListItem(String chainCode, ChainListKind kind, String title, String detail, String segmentCode);

    ChainListItem updateListItem(long id, int version, String title, String detail, String segmentCode);

    void deleteListItem(long id, int version);

    /** Forgets the cached catalog and matcher (after rows were changed other than through this service). */
    void refresh();

    /** Whether the current user may edit this chain (its own industry's task force, or an administrator). */
    boolean canEdit(String chainCode);
}
