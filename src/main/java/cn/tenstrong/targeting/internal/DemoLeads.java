package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DemoProperties;
import cn.tenstrong.shared.Present;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook.ProjectPlan;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.persistence.LeadRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo installation's leads (招商线索, synthetic: every enterprise name ends in （演示）, every note starts with
 * （演示数据）), so the funnel and the cockpit are not empty: {@code targeting/demo/demo-leads.csv}, written for
 * {@link #DATA_YEAR} and moved to the year of today — or of the 演示时点 — with every stage change after that day
 * left out. They go through the ordinary lead service as the demo administrator (validated, audited; a lead signed
 * with an expected investment becomes a project with its planned investment and start date), once.
 */
@Component
@Order(70)
class DemoLeads implements ApplicationRunner {

    static final String FILE = "targeting/demo/demo-leads.csv";
    static final int DATA_YEAR = 2026;
    private static final String[] STAGES = {"接洽日期", "考察日期", "洽谈日期", "签约日期"};
    private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);

    private final LeadService leads;
    private final LeadRows rows;
    private final OrgDirectory orgs;
    private final UserDetailsService accounts;
    private final Present present;
    private final boolean enabled;

    DemoLeads(LeadService leads, LeadRows rows, OrgDirectory orgs, UserDetailsService accounts, Present present,
              DemoProperties demo) {
        this.leads = leads;
        this.rows = rows;
        this.orgs = orgs;
        this.accounts = accounts;
        this.present = present;
        this.enabled = demo.enabled() && demo.leads();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || rows.anyDemo()) {
            return;
        }
        UserDetails admin;
        try {
            admin = accounts.loadUserByUsername("admin");
        } catch (RuntimeException e) {
            log.warn("Demo leads not loaded: no demo administrator account");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            load();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load() {
        LocalDate today = present.today();
        int shift = today.getYear() - DATA_YEAR;
        int loaded = 0;
        int signed = 0;
        for (Map<String, String> line : CsvData.readClasspath(FILE)) {
            LocalDate registered = date(line.get("登记日期"), shift);
            if (registered == null || registered.isAfter(today)) {
                continue;
            }
            Organization owner = orgs.findByName(line.get("跟进单位"))
                    .orElseThrow(() -> new IllegalStateException("演示线索的跟进单位不存在：" + line.get("跟进单位")));
            Lead lead = leads.create(new LeadDraft(null, line.get("企业名称"), line.get("产业代码"), "",
                    new BigDecimal(line.get("意向投资额（元）")), "", line.get("备注"), owner.id(), 0));
            rows.dateDemoRegistration(lead.id(), registered);
            int version = lead.version();
            for (int i = 0; i < STAGES.length; i++) {
                LocalDate on = date(line.get(STAGES[i]), shift);
                if (on == null || on.isAfter(today)) {
                    break;
                }
                LeadStage to = LeadStage.values()[i + 1];
                ProjectPlan plan = to != LeadStage.SIGNED ? null : new ProjectPlan(
                        line.get("本年计划投资（元）").isBlank() ? null : new BigDecimal(line.get("本年计划投资（元）")),
                        date(line.get("计划开工日期"), shift));
                version = leads.move(lead.id(), version, to, on, "（演示数据）", plan).version();
                signed += to == LeadStage.SIGNED ? 1 : 0;
            }
            LocalDate dropped = date(line.get("终止日期"), shift);
            if (dropped != null && !dropped.isAfter(today)) {
                leads.move(lead.id(), version, LeadStage.DROPPED, dropped, line.get("终止原因"), null);
            }
            loaded++;
        }
        log.info("Demo: {} leads (marked 演示数据), {} signed, up to {}", loaded, signed, today);
    }

    private static LocalDate date(String text, int shift) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text).plusYears(shift);
    }
}
