package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import org.springframework.stereotype.Component;

/**
 * 平台数据: the figures a PLATFORM indicator reads live through the project library's public API, as the user who
 * freezes the round sees them (an administrator or a 专班 sees the projects of its scope). Per park (subject key =
 * the park's organisation id):
 * <ul>
 *   <li>PARK_COMPLETED_INVESTMENT — 累计完成投资 of the park's projects (latest monthly report), 亿元;</li>
 *   <li>PARK_STARTED_PROJECTS — the park's projects at 开工 or later.</li>
 * </ul>
 * Projects confirmed as duplicates (已合并) are not counted.
 */
@Component
class PlatformMetrics {

    static final Set<String> METRICS = Set.of("PARK_COMPLETED_INVESTMENT", "PARK_STARTED_PROJECTS");
    private static final BigDecimal YI = new BigDecimal("1E8");

    private final ProjectLibrary projects;

    PlatformMetrics(ProjectLibrary projects) {
        this.projects = projects;
    }

    /** metric → subject key → value, for the metrics asked (subjects without data have no entry). */
    Map<String, Map<String, BigDecimal>> read(Set<String> metrics) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        if (metrics.isEmpty()) {
            return out;
        }
        List<Project> all = projects.search(ProjectQuery.all());
        Map<String, BigDecimal> invested = new HashMap<>();
        Map<String, BigDecimal> started = new HashMap<>();
        for (Project p : all) {
            if (p.parkId() == null || p.merged()) {
                continue;
            }
            String key = String.valueOf(p.parkId());
            if (p.cumulativeCompleted() != null) {
                invested.merge(key, p.cumulativeCompleted(), BigDecimal::add);
            }
            started.merge(key, p.stage() == ProjectStage.SIGNED ? BigDecimal.ZERO : BigDecimal.ONE, BigDecimal::add);
        }
        invested.replaceAll((k, v) -> v.divide(YI, 4, RoundingMode.HALF_UP));
        out.put("PARK_COMPLETED_INVESTMENT", invested);
        out.put("PARK_STARTED_PROJECTS", started);
        out.keySet().retainAll(metrics);
        return out;
    }
}
