package cn.tenstrong.chain;

import java.util.List;

/**
 * 环节（存储形态）: a segment as stored, with its version for edits.
 *
 * @param chainCode  the chain
 * @param code       segment slug, unique in the chain
 * @param name       中文名称
 * @param stage      上游/中游/下游
 * @param depth      0 for the stage roots
 * @param parentCode parent slug, {@code null} for a stage root
 * @param leaf       whether it has no children
 * @param keywords   match terms
 * @param products   typical products
 * @param gbtCodes   own GB/T 4754-2017 classes (not the inherited ones)
 * @param edited     changed by a user since it was loaded from the catalog
 * @param version    optimistic-lock version
 */
public record SegmentRecord(String chainCode, String code, String name, Stage stage, int depth, String parentCode,
                            boolean leaf, List<String> keywords, List<String> products, List<String> gbtCodes,
                            boolean edited, int version) {

    public SegmentRecord {
        keywords = List.copyOf(keywords);
        products = List.copyOf(products);
        gbtCodes = List.copyOf(gbtCodes);
    }
}
