package cn.tenstrong.chain;

/**
 * 企业的可匹配描述: the texts a placement reads.
 *
 * @param businessScope 经营范围 (may be empty)
 * @param mainProducts  主营产品 (may be empty)
 * @param industryCode  国民经济行业代码, 4 digits, with or without the section letter (C3973), may be empty
 */
public record EnterpriseDescription(String businessScope, String mainProducts, String industryCode) {

    public EnterpriseDescription {
        businessScope = businessScope == null ? "" : businessScope;
        mainProducts = mainProducts == null ? "" : mainProducts;
        industryCode = industryCode == null ? "" : industryCode.trim().replaceFirst("^[A-Ta-t]", "");
    }
}
