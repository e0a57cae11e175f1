package cn.tenstrong.enterprise.persistence;

import java.util.List;

import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;

/** A placement to insert. */
public record NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                           PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                           String decidedBy, String evidence) {

    public NewPlacement {
        evidence = evidence == null ? "" : evidence;
    }

    /** A placement without written evidence (seed, manual). */
    public NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                        PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                        String decidedBy) {
        this(enterpriseId, chainCode, segmentCode, role, method, status, confidence, terms, decidedBy, "");
    }
}
