package cn.tenstrong.project.internal;

import java.util.List;
import java.util.Map;

import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DemoProperties;
import cn.tenstrong.shared.Present;
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
 * A demo run as of a 演示时点 binds the seed targets that are facts in the platform's data
 * ({@code project/demo/demo-bindings.csv}: the industry, the target's number as written, a phrase of its item, the
 * binding kind), so they compute themselves: the industries' yearly investment targets from the project library (the
 * plan year's monthly reports), 全省年度新增上市公司 from the listed companies' 上市日期. Bound through the ordinary
 * binding service as the demo administrator (audited), once: a target already bound is left as it is.
 */
@Component
@Order(80)
class DemoBindings implements ApplicationRunner {

    static final String FILE = "project/demo/demo-bindings.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoBindings.class);

    private final TargetBindings bindings;
    private final PlanCatalog plans;
    private final UserDetailsService accounts;
    private final Present present;
    private final boolean enabled;

    DemoBindings(TargetBindings bindings, PlanCatalog plans, UserDetailsService accounts, Present present,
                 DemoProperties demo) {
        this.bindings = bindings;
        this.plans = plans;
        this.accounts = accounts;
        this.present = present;
        this.enabled = demo.enabled() && demo.bindings() && present.demoAsOf().isPresent();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        UserDetails admin;
        try {
            admin = accounts.loadUserByUsername("admin");
        } catch (RuntimeException e) {
            log.warn("Demo bindings not made: no demo administrator account");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            int bound = 0;
            for (Map<String, String> line : CsvData.readClasspath(FILE)) {
                bound += bind(line) ? 1 : 0;
            }
            log.info("Demo: {} seed targets bound to live data", bound);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean bind(Map<String, String> line) {
        String industry = line.get("产业代码");
        for (PlanSummary plan : plans.activePlans()) {
            if (!industry.equals(plan.industryCode()) || plan.year() == null
                    || plan.year() != present.today().getYear()) {
                continue;
            }
            for (PlanItemView item : plans.plan(plan.id()).map(d -> d.items()).orElse(List.of())) {
                if (!item.text().contains(line.get("条目语境"))) {
                    continue;
                }
                for (PlanItemView.TargetView t : item.targets()) {
                    if (t.text().contains(line.get("指标原文"))) {
                        if (bindings.binding(t.id()).isPresent()) {
                            return false;
                        }
                        BindingKind kind = BindingKind.valueOf(line.get("绑定类型"));
                        String filterIndustry = kind == BindingKind.COUNT_NEW_LISTINGS ? null : industry;
                        bindings.bind(t.id(), kind, new BindingFilter(filterIndustry, null, null, plan.year(), null, null), 0);
                        return true;
                    }
                }
            }
        }
        log.warn("Demo binding: no target “{}” in an item saying “{}” of industry {}", line.get("指标原文"),
                line.get("条目语境"), industry);
        return false;
    }
}
