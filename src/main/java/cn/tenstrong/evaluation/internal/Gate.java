package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * 门槛与否决: conditions checked after scoring. A subject failing a threshold, a group floor or a veto is shown with
 * its score but is neither ranked nor awarded; a qualification gate only decides {@code qualified}.
 */
sealed interface Gate {

    /** 门槛: a leaf's raw value must satisfy {@code op value}; a missing value fails. */
    record Threshold(String leaf, Op op, BigDecimal value, String reason) implements Gate {
    }

    /** 一票否决: a subject carrying the flag (e.g. 发生重大安全生产事故) is vetoed. */
    record Veto(String flag, String reason) implements Gate {
    }

    /** 分组最低得分: a group's subtotal must reach {@code minShare} of the group's weight. */
    record GroupFloor(String group, BigDecimal minShare, String reason) implements Gate {
    }

    /**
     * 认定路径 (either/or): qualified when the total reaches {@code passScore}, or when the subject carries any of
     * the {@code directFlags} (直通条件).
     */
    record Qualification(BigDecimal passScore, List<String> directFlags) implements Gate {
    }

    /** Comparison of a threshold. */
    enum Op {
        GE(">="), GT(">"), LE("<="), LT("<");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        boolean test(BigDecimal x, BigDecimal bound) {
            int c = x.compareTo(bound);
            return switch (this) {
                case GE -> c >= 0;
                case GT -> c > 0;
                case LE -> c <= 0;
                case LT -> c < 0;
            };
        }
    }
}
