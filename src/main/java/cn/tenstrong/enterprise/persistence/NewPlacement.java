package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;

/**
 * A placement to insert. {@code listKey} is null unless the caller holds the enterprise's values already (a bulk load
 * placing the rows it is writing); without it the database copies them from the enterprise.
 */
public record NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                           PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                           String decidedBy, String evidence, ListKey listKey) {

    /**
     * 列表键: the placed enterprise's values that the segment's lists sort and filter by, kept on the placement (see
     * migration V2026120354_01).
     */
    public record ListKey(BigDecimal revenue, boolean local, boolean synthetic) {

        public static ListKey of(EnterpriseDraft enterprise) {
            return new ListKey(enterprise.revenue(), enterprise.local(), enterprise.synthetic());
        }
    }

    public NewPlacement {
        evidence = evidence == null ? "" : evidence;
    }

    public NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                        PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                        String decidedBy, String evidence) {
        this(enterpriseId, chainCode, segmentCode, role, method, status, confidence, terms, decidedBy, evidence, null);
    }

    /** A placement without written evidence (seed, manual). */
    public NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                        PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                        String decidedBy) {
        this(enterpriseId, chainCode, segmentCode, role, method, status, confidence, terms, decidedBy, "", null);
    }

    /** The same placement for the enterprise stored under {@code id}, with that enterprise's list key. */
    public NewPlacement of(long id, ListKey key) {
        return new NewPlacement(id, chainCode, segmentCode, role, method, status, confidence, terms, decidedBy, evidence,
                key);
    }
}
