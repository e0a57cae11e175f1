package cn.tenstrong.project.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectKpis;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo project list goes through the ordinary import (so the data file is validated like a user's), once. Tests
 * do not load it at startup ({@code platform.demo.projects=false}); this test loads it inside its own transaction,
 * which is rolled back, so that the other tests never see it.
 */
@Transactional
class DemoProjectsTest extends IntegrationTest {

    @Autowired
    DemoProjects demo;
    @Autowired
    ProjectLibrary library;
    @Autowired
    ProjectKpis kpis;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoProjectsLoadOnceClearlyMarkedOverAllCitiesSoThatTheKpisAreNotEmpty() {
        assertThat(jdbc.sql("select count(*) from project where demo").query(Long.class).single()).isZero();
        int loaded = demo.loadOnce();
        assertThat(loaded).isBetween(60, 120);
        assertThat(demo.loadOnce()).as("loaded once").isZero();
        assertThat(jdbc.sql("select count(*) from project where demo").query(Long.class).single()).isEqualTo(loaded);

        AsUser as = new AsUser(userDetails);
        List<Project> all = as.call("admin", () -> library.search(new ProjectQuery("（演示）", null, null, null, null,
                null)));
        assertThat(all).hasSize(loaded);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.name()).endsWith("（演示）");
            assertThat(p.enterpriseName()).endsWith("（演示）");
            assertThat(p.description()).contains("演示数据");
            assertThat(p.createdBy()).isEqualTo("system");
        });
        assertThat(all.stream().map(Project::cityCode).collect(Collectors.toSet())).hasSize(16);
        assertThat(all.stream().map(Project::industryCode).collect(Collectors.toSet()).size()).isGreaterThanOrEqualTo(8);
        assertThat(all.stream().flatMap(p -> p.categories().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProjectCategory.values());
        Set<ProjectStage> stages = all.stream().map(Project::stage).collect(Collectors.toSet());
        assertThat(stages.size()).isGreaterThanOrEqualTo(2);
        LocalDate today = LocalDate.now();
        assertThat(all).allSatisfy(p -> {
            for (ProjectStage s : ProjectStage.values()) {
                if (p.stageDate(s) != null) {
                    assertThat(p.stageDate(s)).isBeforeOrEqualTo(today);
                }
            }
        });
        // the park sees its park's demo projects; a city and a county reporting one project are flagged
        assertThat(as.call("park", () -> library.search(new ProjectQuery("（演示）", null, null, null, null, null))))
                .isNotEmpty();
        assertThat(all).filteredOn(p -> p.name().contains("寿光") && p.name().contains("智慧农业产业园")).hasSize(2)
                .allSatisfy(p -> assertThat(p.possibleDuplicate()).isTrue());

        long reports = jdbc.sql("select count(*) from project_report r join project p on p.id = r.project_id where p.demo")
                .query(Long.class).single();
        assertThat(reports).isPositive();
        int year = today.getYear();
        ProjectKpis.KpiRow total = as.call("admin", () -> kpis.kpis(year, ProjectKpis.Dimension.TOTAL)).get(0);
        assertThat(total.yearPlanned().signum()).isPositive();
        assertThat(total.completed().signum()).isPositive();
        assertThat(total.completionRate()).isNotNull();
        List<ProjectKpis.KpiRow> byCity = as.call("admin", () -> kpis.kpis(year, ProjectKpis.Dimension.CITY));
        assertThat(byCity.stream().filter(r -> r.yearPlanned().signum() > 0).count()).isEqualTo(16);
        if (today.getMonthValue() >= 11) {
            // the data file runs through October: by November every city has reported investment
            assertThat(byCity).filteredOn(r -> r.completed().signum() > 0).hasSize(16);
            assertThat(stages).hasSize(4);
        }
    }
}
