package cn.tenstrong.listing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.listing.persistence.CandidateRows;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.BindingSource;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * 新增上市公司 (COUNT_NEW_LISTINGS): without an industry, the enterprises of Shandong (or the filter's city) whose
 * 上市日期 in the listed-company data falls in the year up to the day, plus the reserve's candidates recorded as 上市
 * by hand in that time (listings the data does not carry: it holds A shares only); with an industry, the reserve's
 * candidates of that industry that reached 上市 in that time (the data knows no 十强 industry). Over all candidates,
 * not the acting user's scope.
 */
@Component
class NewListingsSource implements BindingSource {

    private final CandidateRows rows;
    private final EnterpriseLibrary enterprises;
    private final OrgDirectory orgs;

    NewListingsSource(CandidateRows rows, EnterpriseLibrary enterprises, OrgDirectory orgs) {
        this.rows = rows;
        this.enterprises = enterprises;
        this.orgs = orgs;
    }

    @Override
    public boolean supports(BindingKind kind) {
        return kind == BindingKind.COUNT_NEW_LISTINGS;
    }

    @Override
    public void check(BindingKind kind, BindingFilter f) {
        if (f.category() != null || f.tag() != null || f.stage() != null || f.eventType() != null) {
            throw DomainException.invalid("新增上市公司只按产业、市和年度筛选");
        }
    }

    @Override
    public BigDecimal value(BindingKind kind, BindingFilter f, LocalDate asOf) {
        return f.yearUpTo(asOf).map(days -> listed(f, days)).orElse(BigDecimal.ZERO);
    }

    private BigDecimal listed(BindingFilter f, BindingFilter.Period days) {
        if (f.industryCode() != null) {
            return BigDecimal.valueOf(rows.countListed(f.cityCode(), f.industryCode(), days.from(), days.to(), false));
        }
        String region = f.cityCode() == null ? "37" : f.cityCode().substring(0, 4);
        return BigDecimal.valueOf(enterprises.countListed(region, days.from(), days.to())
                + rows.countListed(f.cityCode(), null, days.from(), days.to(), true));
    }

    @Override
    public String describe(BindingKind kind, BindingFilter f) {
        String place = f.cityCode() == null ? "山东省" : orgs.region(f.cityCode()).map(Region::name).orElse(f.cityCode());
        if (f.industryCode() != null) {
            return "上市后备资源库 " + place + " " + orgs.industry(f.industryCode()).map(Industry::name)
                    .orElse(f.industryCode()) + " " + f.year() + "年到达“上市”的入库企业数";
        }
        return "新增上市公司 " + place + " " + f.year() + "年（上市公司数据的上市日期，及后备资源库记录的上市）";
    }
}
