package cn.tenstrong.targeting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.EventDraft;
import cn.tenstrong.targeting.persistence.EventRows.Row;
import org.springframework.stereotype.Component;

/** 招商活动校验: a complete event (place in Shandong or outside, a known organiser, a chain of the industry) and its participants. */
@Component
class EventRules {

    private static final String SHANDONG = "37";
    static final int MAX_PARTICIPANTS = 500;

    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;

    EventRules(OrgDirectory orgs, ChainDirectory chains, EnterpriseLibrary enterprises) {
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
    }

    Row validate(EventDraft d, Row before, CurrentUser me) {
        if (d == null) {
            throw DomainException.invalid("请填写招商活动");
        }
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("name", "请填写活动名称（不超过200字）");
        }
        if (d.type() == null) {
            throw DomainException.invalid("type", "请选择活动类型");
        }
        if (d.heldOn() == null || d.heldOn().getYear() < 2000 || d.heldOn().getYear() > 2100) {
            throw DomainException.invalid("heldOn", "请填写举办日期（2000至2100年）");
        }
        String regionCode = blank(d.regionCode());
        String outside = d.outsidePlace() == null ? "" : d.outsidePlace().strip();
        Region region = null;
        if (regionCode != null) {
            if (!outside.isEmpty()) {
                throw DomainException.invalid("regionCode", "举办地点请只填一处：省内选市县，省外填写地名");
            }
            region = orgs.region(regionCode).filter(r -> r.cityCode() != null)
                    .orElseThrow(() -> DomainException.invalid("regionCode", "举办地点应为山东省的市或县（区）：" + regionCode));
        } else if (outside.isEmpty() || outside.length() > 100) {
            throw DomainException.invalid("regionCode", "请选择举办地点（省内市县），或填写省外举办地（不超过100字）");
        } else if (outside.startsWith("山东")) {
            throw DomainException.invalid("outsidePlace", "在山东省内举办的活动请选择所在市县");
        }
        String venue = d.venue() == null ? "" : d.venue().strip();
        if (venue.length() > 200) {
            throw DomainException.invalid("venue", "场馆或地址不能超过200字");
        }
        if (d.organiserOrgId() == null) {
            throw DomainException.invalid("organiserOrgId", "请选择主办单位");
        }
        Organization organiser = orgs.organization(d.organiserOrgId())
                .filter(o -> o.kind() != OrganizationKind.PLACEHOLDER)
                .orElseThrow(() -> DomainException.invalid("organiserOrgId", "主办单位不在机构名录中：" + d.organiserOrgId()));
        String industry = d.industryCode() == null ? "" : d.industryCode().strip();
        if (orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("industryCode", "请选择所属产业");
        }
        String chainCode = blank(d.chainCode());
        if (chainCode != null) {
            Chain chain = chains.chain(chainCode)
                    .orElseThrow(() -> DomainException.invalid("chainCode", "产业链不存在：" + d.chainCode()));
            String chainIndustry = chain.industry() == null ? null : chain.industry().code();
            if (chainIndustry == null || !(chainIndustry.startsWith(industry) || industry.startsWith(chainIndustry))) {
                throw DomainException.invalid("chainCode", "产业链“" + chain.name() + "”不属于所选产业");
            }
            chainCode = chain.code();
        }
        String description = d.description() == null ? "" : d.description().strip();
        if (description.length() > 2000) {
            throw DomainException.invalid("description", "活动简介不能超过2000字");
        }
        String city = region != null ? region.cityCode() : cityOf(organiser);
        return new Row(before == null ? 0 : before.id(), name, d.type().name(), d.heldOn(), regionCode, outside, venue,
                city, organiser.id(), industry, chainCode, description,
                before == null ? me.username() : before.createdBy(), null, before == null ? 0 : before.version());
    }

    /** The organiser's Shandong city, or null for a provincial body. */
    String cityOf(Organization o) {
        if (o.regionCode() == null || !o.regionCode().startsWith(SHANDONG)) {
            return null;
        }
        return orgs.region(o.regionCode()).map(Region::cityCode).orElse(null);
    }

    List<Enterprise> participants(List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<Long> unique = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id != null) {
                unique.add(id);
            }
        }
        if (unique.size() > MAX_PARTICIPANTS) {
            throw DomainException.invalid("enterpriseIds", "每场活动最多登记" + MAX_PARTICIPANTS + "家参会企业");
        }
        List<Enterprise> out = new ArrayList<>();
        for (Long id : unique) {
            out.add(enterprises.enterprise(id)
                    .orElseThrow(() -> DomainException.invalid("enterpriseIds", "企业库中没有该企业：" + id)));
        }
        return out;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
