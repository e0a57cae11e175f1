package cn.tenstrong.enterprise;

/** 企业荣誉与资质标签. */
public enum EnterpriseTag {
    /** 专精特新中小企业 (provincial). */
    SPECIALISED("专精特新"),
    /** 专精特新“小巨人” (national). */
    LITTLE_GIANT("小巨人"),
    /** 制造业单项冠军. */
    SINGLE_CHAMPION("单项冠军"),
    /** 高新技术企业. */
    HIGH_TECH("高新技术企业"),
    /** 瞪羚企业. */
    GAZELLE("瞪羚"),
    /** 上市公司. */
    LISTED("上市");

    private final String label;

    EnterpriseTag(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
