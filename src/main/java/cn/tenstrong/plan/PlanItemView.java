package cn.tenstrong.plan;

import java.time.LocalDate;
import java.util.List;

/** 计划条目 as stored, with its responsible agencies, targets (量化指标) and incentives (奖补). */
public record PlanItemView(long id, long planId, Long parentId, int seq, String itemKey, ItemKind kind, String part,
                           String section, String number, Integer clause, String heading, String text,
                           LocalDate deadline, List<Responsible> lead, List<Responsible> support,
                           List<TargetView> targets, List<Incentive> incentives) {

    public PlanItemView {
        incentives = incentives == null ? List.of() : List.copyOf(incentives);
    }

    /** 责任单位 of an item. */
    public record Responsible(long organizationId, String name, boolean needsReview, boolean placeholder) {
    }

    /** 量化指标 as stored. */
    public record TargetView(long id, String text, String metric, java.math.BigDecimal value, java.math.BigDecimal low,
                             java.math.BigDecimal high, String unit, Qualifier qualifier) {
    }

    /** "二.一.3" style label: part, section and number as the document writes them. */
    public String label() {
        StringBuilder sb = new StringBuilder(part);
        if (section != null) {
            sb.append('.').append(section);
        }
        if (!number.isEmpty() && !number.equals(section)) {
            sb.append('.').append(number);
        }
        if (clause != null) {
            sb.append('(').append(clause).append(')');
        }
        return sb.toString();
    }

    public boolean involves(long organizationId) {
        return lead.stream().anyMatch(r -> r.organizationId() == organizationId)
                || support.stream().anyMatch(r -> r.organizationId() == organizationId);
    }
}
