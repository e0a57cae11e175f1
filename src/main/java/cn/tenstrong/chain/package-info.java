/**
 * 产业链 module: the chain catalog (one YAML file per 十强产业 plan under {@code chain/catalog/}), its
 * segment trees (上游/中游/下游 → finer segments) and automatic placement of enterprises on segments.
 *
 * <p>Public API: {@link cn.tenstrong.chain.ChainCatalog}, {@link cn.tenstrong.chain.Chain},
 * {@link cn.tenstrong.chain.ChainSegment}, {@link cn.tenstrong.chain.Stage}, {@link cn.tenstrong.chain.ChainBasis},
 * {@link cn.tenstrong.chain.Industry}, {@link cn.tenstrong.chain.SegmentMatcher} with
 * {@link cn.tenstrong.chain.EnterpriseDescription} and {@link cn.tenstrong.chain.SegmentMatch}.
 * Everything in {@code internal} is implementation.
 */
package cn.tenstrong.chain;
