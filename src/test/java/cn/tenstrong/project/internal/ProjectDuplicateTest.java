package cn.tenstrong.project.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.DuplicateStatus;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.PossibleDuplicate;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectDrafts;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.ProjectKpis;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Resolving possible duplicates: 不是重复 is remembered through re-detection and re-import; 确认重复 takes the
 * duplicate out of the KPIs and bound-target sums (measured as changes against the figures before the test's own
 * projects, so other tests' projects of the same year and industry do not matter); scope, versions, undo by an
 * administrator only.
 */
class ProjectDuplicateTest extends IntegrationTest {

    @Autowired
    ProjectLibrary library;
    @Autowired
    ProjectKpis kpis;
    @Autowired
    BindingService bindings;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.enterprise.ChainMaps maps;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private static ProjectDraft draft(String name, String enterprise, String region) {
        return ProjectDrafts.named(name).enterprise(enterprise).industry("0902").region(region).total("1000000").build();
    }

    private static DomainException.Kind kind(Throwable e) {
        return ((DomainException) e).kind();
    }

    private PossibleDuplicate pair(String user, long id, long other) {
        return as().call(user, () -> library.duplicates(id)).stream().filter(d -> d.projectId() == other).findFirst()
                .orElse(null);
    }

    @Test
    void notADuplicateIsRememberedThroughReDetectionAndReImport() {
        Project county = as().call("admin", () -> library.create(draft("重复处理测试 温泉度假区项目", "甲文旅有限公司",
                "370112")));
        Project city = as().call("city", () -> library.create(draft("重复处理测试温泉度假区项目", "乙文旅有限公司",
                "370100")));
        PossibleDuplicate open = pair("city", county.id(), city.id());
        assertThat(open.status()).isEqualTo(DuplicateStatus.OPEN);
        assertThat(open.version()).isZero();
        assertThat(open.canResolve()).isTrue();
        // the park may change neither project; blank reasons and stale versions are refused
        assertThat(pair("admin", county.id(), city.id()).canResolve()).isTrue();
        assertThatThrownBy(() -> as().call("park", () -> library.dismissDuplicate(county.id(), city.id(), "不同", 0)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as().call("city", () -> library.dismissDuplicate(county.id(), city.id(), " ", 0)))
                .isInstanceOf(DomainException.class).hasMessageContaining("说明");
        assertThatThrownBy(() -> as().call("city", () -> library.dismissDuplicate(county.id(), city.id(), "不同", 3)))
                .isInstanceOf(DomainException.class).extracting(ProjectDuplicateTest::kind)
                .isEqualTo(DomainException.Kind.CONFLICT);

        PossibleDuplicate dismissed = as().call("city", () -> library.dismissDuplicate(county.id(), city.id(),
                "两个不同地块、不同投资主体的项目", 0));
        assertThat(dismissed.status()).isEqualTo(DuplicateStatus.DISMISSED);
        assertThat(dismissed.version()).isEqualTo(1);
        assertThat(dismissed.decidedBy()).isEqualTo("city");
        assertThat(dismissed.decisionReason()).contains("不同地块");
        assertThat(dismissed.reason()).contains("同一城市存在同名项目");
        assertThat(as().call("city", () -> library.require(county.id())).possibleDuplicate()).isFalse();
        assertThat(as().call("city", () -> library.require(city.id())).possibleDuplicate()).isFalse();
        assertThatThrownBy(() -> as().call("city", () -> library.dismissDuplicate(county.id(), city.id(), "再次", 0)))
                .isInstanceOf(DomainException.class).extracting(ProjectDuplicateTest::kind)
                .isEqualTo(DomainException.Kind.CONFLICT);

        // re-detection: saving the project again does not flag the pair again
        Project cityNow = as().call("city", () -> library.require(city.id()));
        ProjectDraft edit = draft("重复处理测试温泉度假区项目", "乙文旅有限公司", "370100");
        Project edited = as().call("city", () -> library.update(city.id(), ProjectDrafts.named(edit.name())
                .enterprise(edit.enterpriseName()).industry(edit.industryCode()).region(edit.regionCode())
                .total("2000000").withoutStage().description("改总投资").version(cityNow.version()).build()));
        assertThat(edited.possibleDuplicate()).isFalse();
        assertThat(pair("city", county.id(), city.id()).status()).isEqualTo(DuplicateStatus.DISMISSED);

        // re-import: a third report of the project is flagged with both, the dismissed pair stays dismissed
        ProjectImportResult imported = as().call("city", () -> library.importFile(xlsx("重复处理测试温泉度假区 项目",
                "370102")));
        Project third = as().call("city", () -> library.search(new cn.tenstrong.project.ProjectQuery(
                imported.refs().get(0), null, null, null, null, null))).get(0);
        assertThat(third.possibleDuplicate()).isTrue();
        List<PossibleDuplicate> ofCounty = as().call("city", () -> library.duplicates(county.id()));
        assertThat(ofCounty).extracting(PossibleDuplicate::projectId, PossibleDuplicate::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(third.id(), DuplicateStatus.OPEN),
                        org.assertj.core.groups.Tuple.tuple(city.id(), DuplicateStatus.DISMISSED));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'project.duplicate' and action = 'DISMISS'"
                + " and entity_id = :k").param("k", Math.min(county.id(), city.id()) + ":" + Math.max(county.id(), city.id()))
                .query(Long.class).single()).isEqualTo(1);

        // undoing a dismissal flags the pair again; it can be dismissed anew with the new version
        PossibleDuplicate reopened = as().call("city", () -> library.reopenDuplicate(county.id(), city.id(), 1));
        assertThat(reopened.status()).isEqualTo(DuplicateStatus.OPEN);
        assertThat(reopened.version()).isEqualTo(2);
        assertThat(as().call("city", () -> library.require(city.id())).possibleDuplicate()).isTrue();
        assertThat(as().call("city", () -> library.dismissDuplicate(county.id(), city.id(), "仍然不同", 2)).version())
                .isEqualTo(3);
    }

    @Test
    void aConfirmedDuplicateNoLongerCountsInKpisAndBoundTargetsAndOnlyAnAdministratorUndoesIt() {
        BindingFilter filter = new BindingFilter("05", null, null, 2017, null, null);
        BindingFilter all05 = new BindingFilter("05", null, null, null, null, null);
        ProjectKpis.KpiRow base = total2017();
        BigDecimal baseSum = bindings.value(BindingKind.SUM_PROJECT_INVESTMENT, filter);
        Project kept = as().call("admin", () -> library.create(planned("重复确认测试 滨海旅游综合体", "370102")));
        Project dup = as().call("city", () -> library.create(planned("重复确认测试滨海旅游综合体", "370100")));
        // the same enterprise in Qingdao, with a similar name: flagged too
        Project qingdao = as().call("admin", () -> library.create(ProjectDrafts.named("重复确认测试滨海旅游综合体二期")
                .enterprise("重复确认测试旅游公司").industry("05").region("370202").total("5").withoutStage().build()));
        report(kept.id());
        report(dup.id());
        ProjectKpis.KpiRow before = total2017();
        assertThat(before.plannedToStart() - base.plannedToStart()).isEqualTo(2);
        assertThat(before.completed().subtract(base.completed())).isEqualByComparingTo("80");
        assertThat(before.yearPlanned().subtract(base.yearPlanned())).isEqualByComparingTo("200");
        assertThat(bindings.value(BindingKind.SUM_PROJECT_INVESTMENT, filter).subtract(baseSum))
                .isEqualByComparingTo("80");
        BigDecimal count = bindings.value(BindingKind.COUNT_PROJECTS, all05);

        // scope: the city may not declare Qingdao's project the duplicate, the task force of another industry nothing
        assertThat(pair("city", dup.id(), qingdao.id())).isNotNull();
        assertThatThrownBy(() -> as().call("city", () -> library.confirmDuplicate(dup.id(), qingdao.id(), qingdao.id(),
                "", 0))).isInstanceOf(DomainException.class).extracting(ProjectDuplicateTest::kind)
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> as().call("zhuanban", () -> library.confirmDuplicate(kept.id(), dup.id(), dup.id(),
                "", 0))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as().call("city", () -> library.confirmDuplicate(kept.id(), dup.id(), qingdao.id(),
                "", 0))).isInstanceOf(DomainException.class).hasMessageContaining("两个项目之一");

        PossibleDuplicate confirmed = as().call("city", () -> library.confirmDuplicate(kept.id(), dup.id(), dup.id(),
                "市、县重复填报", 0));
        assertThat(confirmed.status()).isEqualTo(DuplicateStatus.CONFIRMED);
        assertThat(confirmed.duplicateId()).isEqualTo(dup.id());
        Project merged = as().call("city", () -> library.require(dup.id()));
        assertThat(merged.merged()).isTrue();
        assertThat(merged.duplicateOfRef()).isEqualTo(kept.ref());
        assertThat(merged.possibleDuplicate()).isFalse();                  // its flag with Qingdao is gone too
        assertThat(merged.version()).isEqualTo(dup.version() + 1);

        ProjectKpis.KpiRow after = total2017();
        assertThat(after.plannedToStart() - base.plannedToStart()).isEqualTo(1);
        assertThat(after.completed().subtract(base.completed())).isEqualByComparingTo("40");
        assertThat(after.yearPlanned().subtract(base.yearPlanned())).isEqualByComparingTo("100");
        assertThat(bindings.value(BindingKind.SUM_PROJECT_INVESTMENT, filter).subtract(baseSum))
                .isEqualByComparingTo("40");
        assertThat(bindings.value(BindingKind.COUNT_PROJECTS, all05)).isEqualByComparingTo(count.subtract(BigDecimal.ONE));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'project.project' and action = 'MERGE'"
                + " and entity_id = :id").param("id", Long.toString(dup.id())).query(Long.class).single()).isEqualTo(1);

        // only an administrator undoes it; then the project counts again and the pair is flagged again
        assertThatThrownBy(() -> as().call("city", () -> library.reopenDuplicate(kept.id(), dup.id(), 1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("系统管理员");
        PossibleDuplicate reopened = as().call("admin", () -> library.reopenDuplicate(dup.id(), kept.id(), 1));
        assertThat(reopened.status()).isEqualTo(DuplicateStatus.OPEN);
        assertThat(as().call("admin", () -> library.require(dup.id())).merged()).isFalse();
        assertThat(total2017().completed().subtract(base.completed())).isEqualByComparingTo("80");

        // the API: confirm again (the kept one is the Jinan county's), a stale version is 409; pages show it
        Http http = new Http(baseUrl());
        Map<String, String> pw = demoPasswords();
        var ok = http.send("POST", "/api/projects/" + kept.id() + "/duplicates/" + dup.id() + "/confirm", "city",
                pw.get("city"), "{\"duplicateId\":" + dup.id() + ",\"reason\":\"重复\",\"version\":2}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("CONFIRMED");
        var stale = http.send("POST", "/api/projects/" + kept.id() + "/duplicates/" + dup.id() + "/reopen", "admin",
                pw.get("admin"), "{\"version\":2}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(http.send("POST", "/api/projects/" + kept.id() + "/duplicates/" + dup.id() + "/reopen", "leader",
                pw.get("leader"), "{\"version\":3}").statusCode()).isEqualTo(403);
        BrowserSession page = new BrowserSession(baseUrl());
        page.login("city", pw.get("city"));
        String dupPage = page.get("/projects/" + dup.id()).body();
        assertThat(dupPage).contains("id=\"merged\"").contains(kept.ref()).contains("已合并/重复");
        assertThat(page.get("/projects/" + kept.id()).body()).contains("已确认重复").doesNotContain("reopen-form");
        assertThat(page.get("/projects?q=" + java.net.URLEncoder.encode("重复确认测试", java.nio.charset.StandardCharsets.UTF_8))
                .body()).contains("merged-flag");
        BrowserSession admin = new BrowserSession(baseUrl());
        admin.login("admin", pw.get("admin"));
        assertThat(admin.get("/projects/" + kept.id()).body()).contains("reopen-form");
    }

    @Test
    void aConfirmedDuplicateLeavesItsChainsKeyProjectListAndReturnsWhenUndone() {
        Project kept = as().call("admin", () -> library.create(major("重点重复测试硅片项目", "370102")));
        Project dup = as().call("city", () -> library.create(major("重点重复测试 硅片项目", "370100")));
        assertThat(keyRefs()).contains(kept.ref(), dup.ref());

        as().call("city", () -> library.confirmDuplicate(kept.id(), dup.id(), dup.id(), "市、县重复填报", 0));
        assertThat(keyRefs()).contains(kept.ref()).doesNotContain(dup.ref());
        // an edit of the merged project does not put it back
        Project merged = as().call("admin", () -> library.require(dup.id()));
        as().call("admin", () -> library.update(dup.id(), majorSilicon(merged.name(), "370100").description("改")
                .version(merged.version()).build()));
        assertThat(keyRefs()).doesNotContain(dup.ref());

        as().call("admin", () -> library.reopenDuplicate(kept.id(), dup.id(), 1));
        assertThat(keyRefs()).contains(kept.ref(), dup.ref());
    }

    /** The 2017 KPI totals the administrator sees (all projects, other tests' included). */
    private ProjectKpis.KpiRow total2017() {
        return as().call("admin", () -> kpis.kpis(2017, ProjectKpis.Dimension.TOTAL)).get(0);
    }

    private List<String> keyRefs() {
        return as().call("admin", () -> maps.keyProjects("integrated-circuit")).stream()
                .map(cn.tenstrong.enterprise.ChainProject::projectRef).toList();
    }

    private static ProjectDraft major(String name, String region) {
        return majorSilicon(name, region).build();
    }

    private static ProjectDrafts majorSilicon(String name, String region) {
        return ProjectDrafts.named(name).enterprise("重点重复测试硅材料公司").segment("integrated-circuit/silicon-wafer")
                .region(region).major().total("2000000").signed(LocalDate.of(2024, 2, 1));
    }

    private static ProjectDraft planned(String name, String region) {
        return ProjectDrafts.named(name).enterprise("重复确认测试旅游公司").industry("05").region(region).total("1000")
                .planned(2017, "100").plannedStart(LocalDate.of(2017, 3, 1))
                .started(LocalDate.of(2017, 1, 5), LocalDate.of(2017, 3, 10)).build();
    }

    private void report(long id) {
        as().call("admin", () -> library.report(id, new MonthlyReportDraft("2017-04", new BigDecimal("40"),
                new BigDecimal("40"), new BigDecimal("20"), "", "", 0)));
    }

    private static byte[] xlsx(String name, String region) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("项目");
            List<String> header = List.of("项目名称", "企业名称", "产业代码", "所在地区", "总投资（元）");
            List<String> values = List.of(name, "丙文旅有限公司", "0902", region, "3000000");
            Row h = sheet.createRow(0);
            Row r = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                r.createCell(i).setCellValue(values.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
