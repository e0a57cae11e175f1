package cn.tenstrong.chain;

import java.util.List;

/**
 * 环节修改: the task force's edit of one segment; {@code version} must be the version that was read.
 *
 * @param chainCode the chain
 * @param code      the segment
 * @param version   the version the editor saw (a stale one is refused with 409)
 * @param name      new name
 * @param keywords  new match terms (a leaf needs at least one)
 * @param products  new typical products
 * @param gbtCodes  new GB/T 4754-2017 4-digit classes
 */
public record SegmentChange(String chainCode, String code, int version, String name, List<String> keywords,
                            List<String> products, List<String> gbtCodes) {
}
