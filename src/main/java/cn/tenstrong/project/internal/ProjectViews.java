package cn.tenstrong.project.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import org.springframework.stereotype.Component;

/** A stored project as the facade shows it (项目视图): names of its region, park, industry and the kept project. */
@Component
class ProjectViews {

    private final ProjectRows rows;
    private final OrgDirectory orgs;
    private final Map<String, Region> regions = new ConcurrentHashMap<>();

    ProjectViews(ProjectRows rows, OrgDirectory orgs) {
        this.rows = rows;
        this.orgs = orgs;
    }

    Project view(Row p) {
        String parkName = p.parkId() == null ? null : orgs.organization(p.parkId()).map(Organization::name).orElse(null);
        String industryName = orgs.industry(p.industryCode()).map(Industry::name).orElse(p.industryCode());
        return new Project(p.id(), p.ref(), p.name(), p.enterpriseId(), p.enterpriseName(), p.industryCode(),
                industryName, p.chainCode(), p.segmentCode(), p.cityCode(), regionName(p.cityCode()), p.countyCode(),
                regionName(p.countyCode()), p.parkId(), parkName, categories(p.categories()), p.totalInvestment(),
                p.yearPlannedInvestment(), p.planYear(), p.plannedStart(), ProjectStage.valueOf(p.stage()),
                p.signedOn(), p.startedOn(), p.buildingOn(), p.completedOn(), p.description(), p.cumulative(),
                p.latestPeriod(), p.duplicate(), p.createdBy(), p.updatedAt(), p.version(), p.duplicateOf(),
                p.duplicateOf() == null ? null : rows.find(p.duplicateOf()).map(Row::ref).orElse(null),
                p.originEventId());
    }

    static Set<ProjectCategory> categories(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<ProjectCategory> set = EnumSet.noneOf(ProjectCategory.class);
        Arrays.stream(text.split(",")).forEach(c -> set.add(ProjectCategory.valueOf(c)));
        return set;
    }

    String regionName(String code) {
        return code == null ? null : Optional.ofNullable(region(code)).map(Region::name).orElse(code);
    }

    Region region(String code) {
        Region r = regions.get(code);
        if (r == null) {
            r = orgs.region(code).orElse(null);
            if (r != null) {
                regions.put(code, r);
            }
        }
        return r;
    }
}
