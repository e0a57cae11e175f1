package cn.tenstrong.targeting;

/**
 * Recommendation weights per chain: the default and per-chain values of {@code platform.targeting.weights} in
 * application.yml, overridden by what the chain's task force sets in the UI (stored, version-checked, audited).
 */
public interface RecommendationWeights {

    /** The weights in force for a chain. */
    ChainWeights weights(String chainCode);

    /** Stores the task force's weights for its chain (only its own industry's task force or an administrator). */
    ChainWeights save(String chainCode, WeightsChange change);

    /** Drops the task force's weights; the configured ones apply again. */
    ChainWeights reset(String chainCode, int version);

    /** Whether the current user may change a chain's weights. */
    boolean canEdit(String chainCode);
}
