package cn.tenstrong.targeting.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.persistence.LeadRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import org.springframework.stereotype.Component;

/**
 * 线索归属: who follows a lead (跟进单位 — a city or county bureau or a park, and the city that puts the lead in), to
 * whom a user may hand a lead, and which leads a user may read or change.
 */
@Component
class LeadOwnership {

    private static final String PROVINCE = "370000";
    private static final EnumSet<OrganizationKind> OWNER_KINDS =
            EnumSet.of(OrganizationKind.CITY_BUREAU, OrganizationKind.COUNTY_BUREAU, OrganizationKind.PARK);

    private final LeadRows rows;
    private final CurrentUsers users;
    private final OrgDirectory orgs;

    LeadOwnership(LeadRows rows, CurrentUsers users, OrgDirectory orgs) {
        this.rows = rows;
        this.users = users;
        this.orgs = orgs;
    }

    /** 跟进单位 and the city it puts the lead in. */
    record Owner(long orgId, String cityCode) {
    }

    /** The units the current user may hand a new lead to (own unit first). */
    List<Organization> owners() {
        CurrentUser me = users.require();
        if (!LeadAccess.canCreate(me)) {
            return List.of();
        }
        Map<Long, Organization> owners = new LinkedHashMap<>();
        orgs.organization(me.organizationId()).ifPresent(o -> owners.put(o.id(), o));
        if (me.dataScope() == DataScope.OWN_PARK) {
            return List.copyOf(owners.values());
        }
        OWNER_KINDS.stream().flatMap(k -> orgs.organizations(k).stream())
                .filter(o -> mayAssign(me, o, cityOf(o)))
                .forEach(o -> owners.putIfAbsent(o.id(), o));
        return List.copyOf(owners.values());
    }

    CurrentUser creator() {
        CurrentUser me = users.require();
        if (!LeadAccess.canCreate(me)) {
            throw DomainException.forbidden(me.can(LeadAccess.WRITE) ? "本单位没有所属城市，不能登记线索"
                    : "无权登记招商线索");
        }
        return me;
    }

    Row readable(long id) {
        Row l = rows.find(id).orElseThrow(() -> DomainException.notFound("线索不存在：" + id));
        if (!LeadAccess.canRead(users.require(), l)) {
            throw DomainException.forbidden("无权查看该线索");
        }
        return l;
    }

    Row writable(long id) {
        Row l = readable(id);
        if (!canWrite(users.require(), l)) {
            throw DomainException.forbidden("只能修改本单位（本市、本园区）的招商线索");
        }
        return l;
    }

    boolean canWrite(CurrentUser me, Row l) {
        String ownerRegion = LeadAccess.isCounty(me)
                ? orgs.organization(l.ownerOrgId()).map(Organization::regionCode).orElse(null) : null;
        return LeadAccess.canWrite(me, l, ownerRegion);
    }

    Owner owner(CurrentUser me, Long requested, Row before) {
        if (requested == null || before != null && requested == before.ownerOrgId()) {
            if (before != null) {
                return new Owner(before.ownerOrgId(), before.cityCode());
            }
            if (me.cityCode() == null) {
                return new Owner(me.organizationId(), PROVINCE);   // an administrator of a provincial body
            }
            return new Owner(me.organizationId(), me.cityCode());
        }
        Organization o = orgs.organization(requested)
                .orElseThrow(() -> DomainException.invalid("跟进单位不存在：" + requested));
        String city = cityOf(o);
        if (!OWNER_KINDS.contains(o.kind()) || city == null) {
            throw DomainException.invalid("跟进单位应为市县招商部门或园区：" + o.name());
        }
        if (!mayAssign(me, o, city)) {
            throw DomainException.forbidden("只能把线索交给本市的招商部门或园区跟进");
        }
        return new Owner(o.id(), city);
    }

    private boolean mayAssign(CurrentUser me, Organization o, String city) {
        if (o.id() == me.organizationId()) {
            return city != null || me.has(Role.SYS_ADMIN);
        }
        if (city == null || !OWNER_KINDS.contains(o.kind())) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return me.dataScope() == DataScope.OWN_CITY && city.equals(me.cityCode())
                && (!LeadAccess.isCounty(me) || me.regionCode().equals(o.regionCode()));
    }

    String cityOf(Organization o) {
        return o.regionCode() == null ? null : orgs.region(o.regionCode()).map(Region::cityCode).orElse(null);
    }
}
