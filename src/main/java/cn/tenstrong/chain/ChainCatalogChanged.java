package cn.tenstrong.chain;

/**
 * Published when the task force changes a segment (name, terms or codes), after which placements
 * computed with the old terms may be out of date.
 *
 * @param chainCode   the chain
 * @param segmentCode the segment
 */
public record ChainCatalogChanged(String chainCode, String segmentCode) {
}
