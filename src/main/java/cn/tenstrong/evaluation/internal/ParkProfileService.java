package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.evaluation.EvaluationHistory;
import cn.tenstrong.evaluation.EvaluationResults;
import cn.tenstrong.evaluation.ParkProfile;
import cn.tenstrong.evaluation.ParkProfiles;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 园区档案: the park directory joined with the project library (as the caller sees it) and the park's results. */
@Service
@Transactional(readOnly = true)
class ParkProfileService implements ParkProfiles {

    private final ParkDirectory directory;
    private final ProjectLibrary projects;
    private final EvaluationHistory history;
    private final EvaluationResults results;
    private final CurrentUsers users;

    ParkProfileService(ParkDirectory directory, ProjectLibrary projects, EvaluationHistory history,
                       EvaluationResults results, CurrentUsers users) {
        this.directory = directory;
        this.projects = projects;
        this.history = history;
        this.results = results;
        this.users = users;
    }

    @Override
    public List<Park> parks() {
        CurrentUser me = users.require();
        return directory.parks().stream().filter(p -> visible(me, p)).toList();
    }

    /** A park user: its own park; a city bureau (本市): its city's; everyone else: all. */
    private static boolean visible(CurrentUser me, Park p) {
        if (me.has(Role.PARK) || me.dataScope() == DataScope.OWN_PARK) {
            return p.organizationId() == me.organizationId();
        }
        if (me.has(Role.CITY_BUREAU) || me.dataScope() == DataScope.OWN_CITY) {
            return p.cityCode().equals(me.cityCode());
        }
        return true;
    }

    @Override
    public ParkProfile profile(long parkId) {
        CurrentUser me = users.require();
        Park park = directory.park(parkId).orElseThrow(() -> DomainException.notFound("园区不存在：" + parkId));
        if (!visible(me, park)) {
            throw DomainException.forbidden("无权查看该园区：只能查看本园区或本市的园区");
        }
        List<Project> own = projects.search(ProjectQuery.all()).stream()
                .filter(p -> p.parkId() != null && p.parkId() == parkId && !p.merged()).toList();
        BigDecimal total = own.stream().map(Project::totalInvestment).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal completed = own.stream().map(Project::cumulativeCompleted).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, ParkProfile.Enterprise> enterprises = new LinkedHashMap<>();
        for (Project p : own) {
            String key = p.enterpriseId() != null ? "id:" + p.enterpriseId() : "name:" + p.enterpriseName();
            if (p.enterpriseName() == null && p.enterpriseId() == null) {
                continue;
            }
            enterprises.merge(key, new ParkProfile.Enterprise(p.enterpriseId(), p.enterpriseName(), 1),
                    (a, b) -> new ParkProfile.Enterprise(a.id(), a.name(), a.projects() + 1));
        }
        return new ParkProfile(park, own, total, completed, List.copyOf(enterprises.values()),
                history.history("PARK", String.valueOf(parkId)));
    }

    @Override
    public Optional<RoundResults> ranking() {
        Set<String> mine = parks().stream().map(p -> String.valueOf(p.organizationId())).collect(Collectors.toSet());
        return results.latestPublished("PARK").map(r -> new RoundResults(r.round(), r.frozen(),
                r.results().stream().filter(s -> mine.contains(s.key())).toList(), r.references(),
                r.objections().stream().filter(o -> mine.contains(o.subjectKey())).toList()));
    }
}
