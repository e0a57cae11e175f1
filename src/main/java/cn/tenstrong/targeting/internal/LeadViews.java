package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.Present;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadActivity;
import cn.tenstrong.targeting.LeadOrigin;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.LeadStaleness;
import cn.tenstrong.targeting.persistence.EventRows;
import cn.tenstrong.targeting.persistence.LeadRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import cn.tenstrong.targeting.persistence.LeadRows.Touch;
import org.springframework.stereotype.Component;

/** A stored lead as the facade shows it (线索视图): owner and event names, history, and whether it is 滞留. */
@Component
class LeadViews {

    private final LeadRows rows;
    private final OrgDirectory orgs;
    private final EventRows eventRows;
    private final StaleDays staleDays;
    private final Present present;

    LeadViews(LeadRows rows, OrgDirectory orgs, EventRows eventRows, StaleDays staleDays, Present present) {
        this.rows = rows;
        this.orgs = orgs;
        this.eventRows = eventRows;
        this.staleDays = staleDays;
        this.present = present;
    }

    /** Today, or a demo's 演示时点 (leads registered and moved in a demo run as of that day). */
    LocalDate today() {
        return present.today();
    }

    List<Lead> views(List<Row> leads, LocalDate asOf) {
        if (leads.isEmpty()) {
            return List.of();
        }
        Map<Long, Touch> touches = rows.touches(leads.stream().map(Row::id).toList()).stream()
                .collect(Collectors.toMap(Touch::leadId, t -> t));
        Map<Long, String> owners = new HashMap<>();
        return leads.stream().map(l -> view(l, List.of(), List.of(), touches.get(l.id()), asOf,
                owners.computeIfAbsent(l.ownerOrgId(), this::orgName))).toList();
    }

    Lead detail(Row l) {
        return view(l, rows.steps(l.id()), rows.activities(l.id()), rows.touch(l.id()).orElse(null), today(),
                orgName(l.ownerOrgId()));
    }

    private Lead view(Row l, List<Lead.Step> history, List<LeadActivity> activities, Touch touch, LocalDate asOf,
                      String ownerName) {
        LeadStage stage = LeadStage.valueOf(l.stage());
        LeadStaleness staleness = touch == null ? LeadStaleness.none(null, 0)
                : StaleRule.assess(stage, touch.lastStepOn(), touch.lastMoveOn(), touch.lastActivityOn(),
                touch.nextStep(), touch.nextStepDue(), staleDays, asOf);
        return new Lead(l.id(), l.enterpriseId(), l.enterpriseName(), l.industryCode(), l.chainCode(),
                l.segmentCode(), l.cityCode(), l.ownerOrgId(), ownerName, stage, l.expectedInvestment(), l.contact(),
                l.notes(), l.projectId(), l.createdBy(), l.updatedAt(), l.version(), history, activities,
                l.originChain() == null ? null : new LeadOrigin(l.originChain(), l.originSegment(), l.originScore()),
                staleness, l.eventId(), l.eventId() == null ? null
                        : eventRows.find(l.eventId()).map(EventRows.Row::name).orElse(null));
    }

    private String orgName(long id) {
        return orgs.organization(id).map(Organization::name).orElse("");
    }

    String regionName(String code) {
        return orgs.region(code).map(Region::name).orElse(code);
    }

    String industryName(String code) {
        return orgs.industry(code).map(cn.tenstrong.org.Industry::name).orElse(code);
    }
}
