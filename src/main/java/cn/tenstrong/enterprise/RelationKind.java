package cn.tenstrong.enterprise;

import java.util.Optional;

/** 企业关系类型. */
public enum RelationKind {
    /** 供应/采购: the first enterprise (供方) supplies the second (需方). */
    SUPPLY("供应"),
    /** 投资: the first enterprise invests in the second. */
    INVESTMENT("投资"),
    /** 合作: symmetric. */
    COOPERATION("合作");

    private final String label;

    RelationKind(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }

    /** By Chinese label (供应, 采购, 供货, 投资, 参股, 控股, 合作) or enum name. */
    public static Optional<RelationKind> parse(String text) {
        String t = text == null ? "" : text.strip().replace("／", "/");
        for (RelationKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return Optional.of(k);
            }
        }
        return switch (t) {
            case "采购", "供货", "供应/采购", "供应采购", "供需" -> Optional.of(SUPPLY);
            case "参股", "控股", "股权投资" -> Optional.of(INVESTMENT);
            case "战略合作", "合作关系" -> Optional.of(COOPERATION);
            default -> Optional.empty();
        };
    }
}
