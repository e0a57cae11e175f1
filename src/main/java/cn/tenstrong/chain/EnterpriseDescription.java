package cn.tenstrong.chain;

import java.util.List;

/**
 * 企业的可匹配描述: the texts a placement reads.
 *
 * @param businessScope    经营范围 (may be empty)
 * @param mainProducts     主营产品 / 主营业务 (may be empty): what the enterprise says it does, full weight
 * @param industryCode     国民经济行业代码, 4 digits, with or without the section letter (C3973), may be empty
 * @param productLines     主营产品构成: products with their share of revenue; a line counts in proportion to its share
 * @param industrySegments leaves ({@code chain/segment}) that the enterprise's own industry classification (e.g. its
 *                         SW2021 三级 industry) names as its business, with how strongly
 */
public record EnterpriseDescription(String businessScope, String mainProducts, String industryCode,
                                    List<ProductLine> productLines, List<IndustrySegment> industrySegments) {

    public EnterpriseDescription {
        businessScope = businessScope == null ? "" : businessScope;
        mainProducts = mainProducts == null ? "" : mainProducts;
        industryCode = industryCode == null ? "" : withoutSection(industryCode.trim());
        productLines = productLines == null ? List.of() : List.copyOf(productLines);
        industrySegments = industrySegments == null ? List.of() : List.copyOf(industrySegments);
    }

    /**
     * The code without its section letter (C3985 → 3985): a character test, not a regex compiled for every enterprise
     * placed.
     */
    static String withoutSection(String code) {
        if (!code.isEmpty()) {
            char c = code.charAt(0);
            if (c >= 'A' && c <= 'T' || c >= 'a' && c <= 't') {
                return code.substring(1);
            }
        }
        return code;
    }

    public EnterpriseDescription(String businessScope, String mainProducts, String industryCode) {
        this(businessScope, mainProducts, industryCode, List.of(), List.of());
    }

    /** 主营产品构成的一行: a product and its share of revenue (0..1; breakdowns may overlap, so shares may add up to more). */
    public record ProductLine(String product, double share) {
    }

    /**
     * 行业分类对应的环节: a leaf the enterprise's industry classification names.
     *
     * @param qualifiedCode {@code chain/segment}
     * @param sole          whether the classification names this business alone (白酒 → 白酒), so it may place the
     *                      enterprise without a word; otherwise it only supports word evidence for the leaf
     * @param label         the classification as shown in explanations (申万三级：白酒Ⅲ)
     */
    public record IndustrySegment(String qualifiedCode, boolean sole, String label) {

        public IndustrySegment {
            label = label == null ? "" : label;
        }
    }
}
