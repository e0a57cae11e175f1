package cn.tenstrong.chain.internal;

import cn.tenstrong.shared.DomainException;

/** The checks every free-text field of the 链长制 passes: stripped, required or not, within its length. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, String label, int max) {
        String t = optional(value, field, label, max);
        if (t.isEmpty()) {
            throw DomainException.invalid(field, label + "不能为空");
        }
        return t;
    }

    static String optional(String value, String field, String label, int max) {
        String t = value == null ? "" : value.strip();
        if (t.length() > max) {
            throw DomainException.invalid(field, label + "过长（最多" + max + "字）");
        }
        return t;
    }
}
