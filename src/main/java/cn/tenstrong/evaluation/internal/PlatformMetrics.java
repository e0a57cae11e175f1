package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import org.springframework.stereotype.Component;

/**
 * 平台数据: the figures a PLATFORM indicator reads live through other modules' public APIs, projects as the user who
 * freezes the round sees them (an administrator or a 专班 sees the projects of its scope). Projects confirmed as
 * duplicates (已合并) are not counted; synthetic (模拟) enterprises never count.
 * <ul>
 *   <li>园区 (key = the park's organisation id): PARK_COMPLETED_INVESTMENT — 累计完成投资 of the park's projects
 *       (latest monthly report), 亿元; PARK_STARTED_PROJECTS — the park's projects at 开工 or later;</li>
 *   <li>集群 (key = cityCode/industryCode): CLUSTER_REVENUE — 营业收入 of the real enterprises of the city placed on
 *       the industry's chains ({@link ClusterMembers}), 亿元 (each enterprise's latest year in the library);
 *       CLUSTER_ENTERPRISES — how many they are; CLUSTER_COMPLETED_INVESTMENT and CLUSTER_STARTED_PROJECTS — as for
 *       parks, over the projects of the city and industry;</li>
 *   <li>企业 (key = enterprise id): ENTERPRISE_REVENUE — 营业收入, 亿元; ENTERPRISE_EMPLOYEES — 员工数.</li>
 * </ul>
 * A subject the data says nothing about has no entry (its scheme's missing-value policy decides).
 */
@Component
class PlatformMetrics {

    static final Set<String> METRICS = Set.of("PARK_COMPLETED_INVESTMENT", "PARK_STARTED_PROJECTS", "CLUSTER_REVENUE",
            "CLUSTER_ENTERPRISES", "CLUSTER_COMPLETED_INVESTMENT", "CLUSTER_STARTED_PROJECTS", "ENTERPRISE_REVENUE",
            "ENTERPRISE_EMPLOYEES");
    private static final BigDecimal YI = new BigDecimal("1E8");
    private static final BigDecimal WAN_PER_YI = new BigDecimal("1E4");

    private final ProjectLibrary projects;
    private final EnterpriseLibrary enterprises;
    private final ClusterMembers clusters;

    PlatformMetrics(ProjectLibrary projects, EnterpriseLibrary enterprises, ClusterMembers clusters) {
        this.projects = projects;
        this.enterprises = enterprises;
        this.clusters = clusters;
    }

    /** metric → subject key → value, for the metrics asked (subjects without data have no entry). */
    Map<String, Map<String, BigDecimal>> read(Set<String> metrics, Collection<String> subjectKeys) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        if (metrics.isEmpty()) {
            return out;
        }
        if (metrics.stream().anyMatch(m -> m.startsWith("PARK_") || m.endsWith("_PROJECTS")
                || m.endsWith("_INVESTMENT"))) {
            List<Project> all = projects.search(ProjectQuery.all()).stream().filter(p -> !p.merged()).toList();
            projectFigures(all, p -> p.parkId() == null ? null : String.valueOf(p.parkId()), "PARK", out);
            projectFigures(all, p -> p.cityCode() == null || p.industryCode() == null ? null
                    : ClusterMembers.key(p.cityCode(), p.industryCode()), "CLUSTER", out);
        }
        if (metrics.contains("CLUSTER_REVENUE") || metrics.contains("CLUSTER_ENTERPRISES")) {
            Map<String, BigDecimal> revenue = new HashMap<>();
            Map<String, BigDecimal> count = new HashMap<>();
            clusters.all().forEach((key, members) -> {
                count.put(key, BigDecimal.valueOf(members.size()));
                BigDecimal sum = members.stream().map(Enterprise::revenue).filter(r -> r != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                revenue.put(key, sum.divide(WAN_PER_YI, 4, RoundingMode.HALF_UP));
            });
            out.put("CLUSTER_REVENUE", revenue);
            out.put("CLUSTER_ENTERPRISES", count);
        }
        if (metrics.contains("ENTERPRISE_REVENUE") || metrics.contains("ENTERPRISE_EMPLOYEES")) {
            Map<String, BigDecimal> revenue = new HashMap<>();
            Map<String, BigDecimal> employees = new HashMap<>();
            for (String key : subjectKeys) {
                Long id = parseId(key);
                Enterprise e = id == null ? null : enterprises.enterprise(id).filter(x -> !x.synthetic()).orElse(null);
                if (e == null) {
                    continue;
                }
                if (e.revenue() != null) {
                    revenue.put(key, e.revenue().divide(WAN_PER_YI, 4, RoundingMode.HALF_UP));
                }
                if (e.employees() != null) {
                    employees.put(key, BigDecimal.valueOf(e.employees()));
                }
            }
            out.put("ENTERPRISE_REVENUE", revenue);
            out.put("ENTERPRISE_EMPLOYEES", employees);
        }
        out.keySet().retainAll(metrics);
        return out;
    }

    private static void projectFigures(List<Project> all, java.util.function.Function<Project, String> keyOf,
                                       String prefix, Map<String, Map<String, BigDecimal>> out) {
        Map<String, BigDecimal> invested = new HashMap<>();
        Map<String, BigDecimal> started = new HashMap<>();
        for (Project p : all) {
            String key = keyOf.apply(p);
            if (key == null) {
                continue;
            }
            if (p.cumulativeCompleted() != null) {
                invested.merge(key, p.cumulativeCompleted(), BigDecimal::add);
            }
            started.merge(key, p.stage() == ProjectStage.SIGNED ? BigDecimal.ZERO : BigDecimal.ONE, BigDecimal::add);
        }
        invested.replaceAll((k, v) -> v.divide(YI, 4, RoundingMode.HALF_UP));
        out.put(prefix + "_COMPLETED_INVESTMENT", invested);
        out.put(prefix + "_STARTED_PROJECTS", started);
    }

    private static Long parseId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
