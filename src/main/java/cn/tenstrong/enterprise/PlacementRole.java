package cn.tenstrong.enterprise;

/** 企业在环节中的角色. */
public enum PlacementRole {
    /** 链主企业. */
    LEADER("链主"),
    /** 骨干企业. */
    BACKBONE("骨干"),
    /** 配套企业. */
    SUPPORTING("配套");

    private final String label;

    PlacementRole(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }

    /** By Chinese label or enum name. */
    public static PlacementRole parse(String text) {
        for (PlacementRole r : values()) {
            if (r.label.equals(text) || r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw cn.tenstrong.shared.DomainException.invalid("角色应为链主、骨干或配套：" + text);
    }
}
