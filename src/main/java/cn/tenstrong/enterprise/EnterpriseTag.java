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
    LISTED("上市"),
    /** 链主企业 (named so by a plan or the task force; the generator never assigns it). */
    CHAIN_LEADER("链主");

    private final String label;

    EnterpriseTag(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }

    /** The tag with this Chinese label (or enum name), if any. */
    public static java.util.Optional<EnterpriseTag> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (EnterpriseTag tag : values()) {
            if (tag.label.equals(t) || tag.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(tag);
            }
        }
        if (t.equals("专精特新“小巨人”") || t.equals("专精特新小巨人")) {
            return java.util.Optional.of(LITTLE_GIANT);
        }
        if (t.equals("高新技术") || t.equals("高企")) {
            return java.util.Optional.of(HIGH_TECH);
        }
        if (t.equals("上市公司")) {
            return java.util.Optional.of(LISTED);
        }
        return java.util.Optional.empty();
    }
}
