package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.tenstrong.ledger.ScorecardFigure;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.persistence.SupervisionRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 逾期整改 on the agency scorecards: per owner agency, its 整改 overdue on the 评估日期. Given to the ledger through
 * the ledger's {@link ScorecardFigure} interface, so neither module reads the other's tables.
 */
@Component
class OverdueRectificationFigure implements ScorecardFigure {

    static final String KEY = "overdueRectifications";

    private final SupervisionRows rows;

    OverdueRectificationFigure(SupervisionRows rows) {
        this.rows = rows;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> byOrganization(AsOf asOf) {
        LocalDate day = asOf.date();
        Map<Long, Integer> out = new HashMap<>();
        for (RectificationView r : rows.rectifications(SupervisionRows.Where.all())) {
            if (r.overdueOn(day)) {
                out.merge(r.ownerOrganizationId(), 1, Integer::sum);
            }
        }
        return out;
    }
}
