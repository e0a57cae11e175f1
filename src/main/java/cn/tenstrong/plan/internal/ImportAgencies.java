package cn.tenstrong.plan.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationChange;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.AgencyDecision;
import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.Plan;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * 责任单位 of an imported document: the names the directory does not know, the importer's decision on each (new
 * agency or alias of a known one), and the resolution of every name to an organisation when the items are stored.
 */
@Component
class ImportAgencies {

    private final OrgDirectory orgs;

    ImportAgencies(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    List<String> unknown(ParsedDocument doc) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Plan plan : doc.plans()) {
            for (PlanItem item : plan.items()) {
                for (String name : concat(item.lead(), item.support())) {
                    if (orgs.findByName(name).isEmpty()) {
                        unknown.add(name);
                    }
                }
            }
        }
        return List.copyOf(unknown);
    }

    /**
     * Applies the importer's decisions on unknown agencies before the items are stored, so that the items resolve to
     * them: a new agency (confirmed, not flagged for review) or an alias added to an existing organisation. Each
     * decision must name an agency the preview lists as unknown; an alias must name an existing organisation.
     */
    List<String> settle(ImportPreview preview, List<AgencyDecision> decisions, String fileName) {
        List<String> settled = new ArrayList<>();
        if (decisions == null) {
            return settled;
        }
        Set<String> seen = new HashSet<>();
        for (AgencyDecision d : decisions) {
            if (d == null || d.name() == null || d.name().isBlank()) {
                continue;
            }
            String name = d.name().strip();
            if (!preview.unknownAgencies().contains(name)) {
                throw DomainException.invalid("单位“" + name + "”不是本次导入中未识别的单位");
            }
            if (!seen.add(name)) {
                throw DomainException.invalid("单位“" + name + "”的处理方式出现了不止一次");
            }
            if (d.isAlias()) {
                Organization target = orgs.findByName(d.aliasOf().strip()).orElseThrow(() -> DomainException.invalid(
                        "单位“" + d.aliasOf().strip() + "”不在机构名录中，不能作为“" + name + "”的规范名称"));
                List<String> aliases = new ArrayList<>(target.aliases());
                aliases.add(name);
                orgs.update(new OrganizationChange(target.id(), target.version(), target.name(), target.kind(),
                        target.regionCode(), target.industryCode(), target.needsReview(), target.note(), aliases));
                settled.add(name + " → " + target.name());
            } else {
                orgs.register(name, OrganizationKind.OTHER, "导入《" + fileName + "》时确认新增");
                settled.add(name + "（新增）");
            }
        }
        return settled;
    }

    /** A fresh resolver for one import. */
    Resolver resolver() {
        return new Resolver();
    }

    /** Resolves agency names to organisations, registering unknown ones for review, once per import. */
    final class Resolver {
        private final Map<String, Long> ids = new HashMap<>();
        private final List<String> created = new ArrayList<>();

        long resolve(String name) {
            return ids.computeIfAbsent(name, n -> orgs.findByName(n).map(Organization::id).orElseGet(() -> {
                created.add(n);
                return orgs.registerUnknown(n, OrganizationKind.OTHER).id();
            }));
        }

        List<String> created() {
            return List.copyOf(created);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
