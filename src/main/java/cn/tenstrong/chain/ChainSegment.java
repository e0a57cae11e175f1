package cn.tenstrong.chain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 产业链环节: one node of a chain's segment tree; the roots are 上游/中游/下游.
 *
 * @param chainCode  code of the chain it belongs to
 * @param code       ASCII slug, unique within the chain
 * @param name       中文名称
 * @param stage      上游/中游/下游 of the root it hangs under
 * @param depth      0 for the stage roots, 1.. below
 * @param parentCode code of the parent segment, {@code null} for a stage root
 * @param keywords   terms that appear in 经营范围 / 主营产品 text of enterprises in this segment
 * @param products   typical products (also used as match terms)
 * @param gbtCodes   GB/T 4754-2017 4-digit classes; inherited from the nearest ancestor that has some
 * @param children   finer segments, empty for a leaf
 */
public record ChainSegment(String chainCode, String code, String name, Stage stage, int depth, String parentCode,
                           List<String> keywords, List<String> products, List<String> gbtCodes,
                           List<ChainSegment> children) {

    public ChainSegment {
        keywords = List.copyOf(keywords);
        products = List.copyOf(products);
        gbtCodes = List.copyOf(gbtCodes);
        children = List.copyOf(children);
    }

    /** 是否为末级环节. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** "chainCode/segmentCode", unique across the catalog. */
    public String qualifiedCode() {
        return chainCode + "/" + code;
    }

    /** This segment and everything below it, depth first. */
    public Stream<ChainSegment> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ChainSegment::selfAndDescendants));
    }

    /** The leaves at or below this segment. */
    public List<ChainSegment> leaves() {
        return selfAndDescendants().filter(ChainSegment::isLeaf).toList();
    }

    /** A descendant (or this) by code. */
    public Optional<ChainSegment> find(String segmentCode) {
        return selfAndDescendants().filter(s -> s.code.equals(segmentCode)).findFirst();
    }
}
