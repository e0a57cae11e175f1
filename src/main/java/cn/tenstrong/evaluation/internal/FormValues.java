package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 申报填报项: what a declaration may give — each FORM leaf's value and, for a leaf scored by growth over a base year,
 * its base-year value ({@code code.base}) — and the range each may take. The form, the API and the Excel template
 * check values here, so all three accept and refuse the same.
 */
final class FormValues {

    private FormValues() {
    }

    /**
     * One value a declaration may give.
     *
     * @param code the leaf code, or leaf code + ".base" for its base-year value
     * @param min  the smallest value allowed, null = open
     * @param max  the largest value allowed, null = open
     */
    record Field(String code, String name, String unit, BigDecimal min, BigDecimal max) {

        /** The refusal of a value in Chinese, or null when the value is allowed. */
        String problem(BigDecimal v) {
            if ((min != null && v.compareTo(min) < 0) || (max != null && v.compareTo(max) > 0)) {
                return "“" + name + "”的值" + v.stripTrailingZeros().toPlainString() + "超出允许范围（" + range() + "）";
            }
            return null;
        }

        String range() {
            if (min != null && max != null) {
                return plain(min) + "～" + plain(max);
            }
            if (min != null) {
                return "不小于" + plain(min);
            }
            return max != null ? "不大于" + plain(max) : "不限";
        }

        private static String plain(BigDecimal v) {
            return v.stripTrailingZeros().toPlainString();
        }
    }

    static List<Field> of(Scheme scheme) {
        List<Field> out = new ArrayList<>();
        for (LeafPath lp : LeafPath.of(scheme)) {
            Scheme.Leaf leaf = lp.node().leaf();
            if (leaf.source() != Scheme.Source.FORM) {
                continue;
            }
            out.add(new Field(lp.node().code(), lp.node().name(), leaf.unit(), leaf.min(), leaf.max()));
            if (leaf.rule().needsBase()) {
                // the base year is the same quantity as the value: the same range applies
                out.add(new Field(lp.node().code() + ".base", lp.node().name() + "（基期值）", leaf.unit(), leaf.min(),
                        leaf.max()));
            }
        }
        return out;
    }
}
