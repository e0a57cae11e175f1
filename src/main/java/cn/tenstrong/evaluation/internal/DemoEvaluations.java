package cn.tenstrong.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
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

/**
 * 演示评价轮次: on a demo start, one finished (发布) round per subject type over what the platform holds — the national
 * parks of the park directory under the seed's 工业互联网园区 rule, the clusters (city × industry) under the
 * cluster rule's demo scheme, the Shandong listed companies on the 十强 chains under the 领军企业 rule's demo
 * scheme ({@link DemoSubjects}). Each is created and moved through 申报 → 市级初审 → 专家评审 → 公示 → 发布 by the
 * ordinary round service as the demo administrator (so it is validated and audited like any round) and marked
 * demo. Nobody declares and no expert scores: form and expert indicators are missing and count as each scheme's
 * missing-value policy says (the subjects' notes say so). Once per scheme: a demo round of the scheme already there
 * is left as it is. Off under the prod profile and in tests ({@code platform.demo.evaluations=false}) unless a test
 * calls {@link #createAll()}.
 */
@Component
@Order(90)
class DemoEvaluations implements ApplicationRunner {

    static final String PARK_SCHEME = "sd-ii-park";
    static final String CLUSTER_SCHEME = "sd-cluster-demo";
    static final String LEADER_SCHEME = "sd-leader-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);

    private final EvaluationRounds rounds;
    private final DemoSubjects subjects;
    private final UserDetailsService accounts;
    private final Present present;
    private final DemoProperties properties;

    DemoEvaluations(EvaluationRounds rounds, DemoSubjects subjects, UserDetailsService accounts, Present present,
                    DemoProperties properties) {
        this.rounds = rounds;
        this.subjects = subjects;
        this.accounts = accounts;
        this.present = present;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled() && properties.evaluations()) {
            createAll();
        }
    }

    /** Creates the demo rounds not created before, as the demo administrator; returns the rounds created now. */
    List<RoundView> createAll() {
        UserDetails admin;
        try {
            admin = accounts.loadUserByUsername("admin");
        } catch (RuntimeException e) {
            log.warn("Demo evaluation rounds not made: no demo administrator account");
            return List.of();
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long start = System.nanoTime();
            int year = present.today().getYear();
            List<RoundView> made = new ArrayList<>();
            once(made, PARK_SCHEME, year + "年度省级工业互联网园区综合评价（演示）", year, subjects::parks);
            once(made, CLUSTER_SCHEME, year + "年度优势特色产业集群综合评价（演示）", year,
                    () -> subjects.clusters(properties.clusterMinEnterprises()));
            once(made, LEADER_SCHEME, year + "年度行业领军企业评价（演示）", year, subjects::leaders);
            if (!made.isEmpty()) {
                log.info("Demo: {} evaluation rounds published (marked 演示) in {} ms", made.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            return made;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void once(List<RoundView> made, String scheme, String name, int year,
                      Supplier<List<NewRound.Subject>> subjectList) {
        if (rounds.rounds().stream().anyMatch(r -> r.demo() && r.schemeCode().equals(scheme))) {
            return;
        }
        List<NewRound.Subject> list = subjectList.get();
        if (list.isEmpty()) {
            log.warn("Demo evaluation round “{}” not made: the platform holds no subjects for it", name);
            return;
        }
        RoundView round = rounds.create(new NewRound(scheme, null, name, year, true, list));
        while (round.stage() != RoundStage.PUBLISHED) {
            round = rounds.advance(round.id(), round.version());
        }
        made.add(round);
    }
}
