package cn.tenstrong.evaluation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.shared.DomainException;

/**
 * 阶段截止日期: which deadlines a round may have. Every stage but 发布 may have one; they follow the stages' order (a
 * later stage cannot be due before an earlier one), and lie between the start of the round's year and the end of the
 * second year after it (an evaluation of a year's results runs in that year or the next).
 */
final class RoundDeadlines {

    private RoundDeadlines() {
    }

    /** The deadlines by stage name, in stage order; refused with the first rule broken. */
    static Map<String, LocalDate> validate(Map<RoundStage, LocalDate> deadlines, int year) {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        if (deadlines == null || deadlines.isEmpty()) {
            return out;
        }
        Map<RoundStage, LocalDate> sorted = new EnumMap<>(RoundStage.class);
        deadlines.forEach((stage, due) -> {
            if (stage != null && due != null) {
                sorted.put(stage, due);
            }
        });
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year + 2, 12, 31);
        RoundStage previous = null;
        for (var e : sorted.entrySet()) {
            RoundStage stage = e.getKey();
            LocalDate due = e.getValue();
            if (stage == RoundStage.PUBLISHED) {
                throw DomainException.invalid("deadlines", "“发布”阶段没有截止日期");
            }
            if (due.isBefore(first) || due.isAfter(last)) {
                throw DomainException.invalid("deadlines", "“" + stage.label() + "”的截止日期" + due + "应在" + year
                        + "年1月1日至" + (year + 2) + "年12月31日之间");
            }
            if (previous != null && due.isBefore(sorted.get(previous))) {
                throw DomainException.invalid("deadlines", "“" + stage.label() + "”的截止日期不能早于“"
                        + previous.label() + "”的截止日期" + sorted.get(previous));
            }
            out.put(stage.name(), due);
            previous = stage;
        }
        return out;
    }
}
