package cn.tenstrong.supervision;

/**
 * 整改状态: 整改中 → 待核验 (the owner reported) → 已销号 (verified and closed) or 已退回 (back to the owner);
 * after 销号 the 回头看 re-check confirms it (回头看通过) or reopens it (整改中 again, with a new deadline).
 */
public enum RectificationStatus {
    IN_PROGRESS("整改中"), SUBMITTED("待核验"), RETURNED("已退回"), CLOSED("已销号"), CONFIRMED("回头看通过");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The owner has something to do: it may report (and, past the deadline, is overdue). */
    public boolean awaitsOwner() {
        return this == IN_PROGRESS || this == RETURNED;
    }

    /** 销号 done (re-checked or not). */
    public boolean closed() {
        return this == CLOSED || this == CONFIRMED;
    }

    /** The status a workbook names in Chinese or by code, or null. */
    public static RectificationStatus parse(String text) {
        String t = text == null ? "" : text.trim();
        for (RectificationStatus s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
