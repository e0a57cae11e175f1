package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.BindingOption;
import cn.tenstrong.project.BindingSource;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.persistence.EventRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The source of COUNT_EVENTS bindings (举办N场招商活动, optionally only those with a signed lead). */
@Component
@Transactional(readOnly = true)
class EventBindingSource implements BindingSource {

    private final EventRows rows;
    private final OrgDirectory orgs;

    EventBindingSource(EventRows rows, OrgDirectory orgs) {
        this.rows = rows;
        this.orgs = orgs;
    }

    @Override
    public boolean supports(BindingKind kind) {
        return kind == BindingKind.COUNT_EVENTS;
    }

    @Override
    public void check(BindingKind kind, BindingFilter f) {
        if (f.stage() != null && f.stage() != ProjectStage.SIGNED) {
            throw DomainException.invalid("招商活动场次只能按“签约”筛选（只计有线索签约的活动）");
        }
        if (f.eventType() != null && EventType.parse(f.eventType()).isEmpty()) {
            throw DomainException.invalid("活动类型不存在：" + f.eventType());
        }
        if (f.category() != null || f.tag() != null) {
            throw DomainException.invalid("招商活动场次不按项目类别或企业标签筛选");
        }
    }

    @Override
    public BigDecimal value(BindingKind kind, BindingFilter f, LocalDate asOf) {
        String type = f.eventType() == null ? null : EventType.parse(f.eventType()).map(Enum::name).orElse(null);
        return f.yearUpTo(asOf).map(days -> BigDecimal.valueOf(rows.countHeld(f.industryCode(), f.cityCode(), type,
                days.from(), days.to(), f.stage() == ProjectStage.SIGNED))).orElse(BigDecimal.ZERO);
    }

    @Override
    public String describe(BindingKind kind, BindingFilter f) {
        StringBuilder sb = new StringBuilder("招商活动");
        if (f.industryCode() != null) {
            sb.append(' ').append(orgs.industry(f.industryCode()).map(Industry::name).orElse(f.industryCode()));
        }
        if (f.cityCode() != null) {
            sb.append(' ').append(orgs.region(f.cityCode()).map(Region::name).orElse(f.cityCode()));
        }
        if (f.eventType() != null) {
            sb.append(' ').append(EventType.parse(f.eventType()).map(EventType::label).orElse(f.eventType()));
        }
        sb.append(' ').append(f.year()).append("年举办场次");
        if (f.stage() == ProjectStage.SIGNED) {
            sb.append("（有线索签约的）");
        }
        return sb.toString();
    }

    @Override
    public List<BindingOption> options(String field) {
        if (!"eventType".equals(field)) {
            return List.of();
        }
        return Arrays.stream(EventType.values()).map(t -> new BindingOption(t.name(), t.label())).toList();
    }
}
