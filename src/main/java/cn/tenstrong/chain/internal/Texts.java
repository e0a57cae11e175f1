package cn.tenstrong.chain.internal;

import cn.tenstrong.shared.DomainException;

/**
 * The checks every free-text field of the chain module passes (链长制, 清单, 专班认定短板): stripped, required or
 * not, within its length. With a form field the message is shown next to it; without, on its own.
 */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, String label, int max) {
        return check(value, field, label, max, true);
    }

    static String optional(String value, String field, String label, int max) {
        return check(value, field, label, max, false);
    }

    /** A required text whose refusal names no form field. */
    static String required(String value, String label, int max) {
        return check(value, null, label, max, true);
    }

    /** An optional text whose refusal names no form field. */
    static String optional(String value, String label, int max) {
        return check(value, null, label, max, false);
    }

    private static String check(String value, String field, String label, int max, boolean required) {
        String t = value == null ? "" : value.strip();
        if (required && t.isEmpty()) {
            throw invalid(field, label + "不能为空");
        }
        if (t.length() > max) {
            throw invalid(field, label + "过长（最多" + max + "字）");
        }
        return t;
    }

    private static DomainException invalid(String field, String message) {
        return field == null ? DomainException.invalid(message) : DomainException.invalid(field, message);
    }
}
