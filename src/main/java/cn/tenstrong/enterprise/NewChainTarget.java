package cn.tenstrong.enterprise;

/**
 * A target enterprise to add.
 *
 * @param chainCode    chain (must exist)
 * @param segmentCode  leaf segment it would fill, may be {@code null}
 * @param enterpriseId enterprise in the library, may be {@code null} (then name is required)
 * @param name         enterprise name (defaults to the library's name)
 * @param reason       why
 * @param sourceModule the calling module, e.g. targeting
 */
public record NewChainTarget(String chainCode, String segmentCode, Long enterpriseId, String name, String reason,
                             String sourceModule) {
}
