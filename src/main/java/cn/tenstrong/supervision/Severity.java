package cn.tenstrong.supervision;

/** 严重程度 of a finding. */
public enum Severity {
    GENERAL("一般"), SERIOUS("较重"), SEVERE("严重");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The severity a workbook or a form names in Chinese or by code, or null when it names none. */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.trim();
        for (Severity s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
