package cn.tenstrong.enterprise.persistence;

import java.util.Optional;

/**
 * A chain segment's name as the chain catalog gives it, for the placements the rows read: asked of the chain
 * module's facade by the enterprise module's internal layer ({@code enterprise.internal.SegmentNamesLookup}), so
 * that persistence calls no other module (ModularityTest's layer rule).
 */
public interface SegmentNames {

    /** The segment's name, empty when the chain or the segment is not in the catalog. */
    Optional<String> name(String chainCode, String segmentCode);
}
