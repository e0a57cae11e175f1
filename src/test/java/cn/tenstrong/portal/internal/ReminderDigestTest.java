package cn.tenstrong.portal.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDrafts;
import cn.tenstrong.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder digest goes out through a real SMTP server (GreenMail) to the accounts with something to do: the
 * ledger's to-dos and the organisation's stale leads.
 */
class ReminderDigestTest extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ReminderDigest digest;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LeadBook leads;
    @Autowired
    EvaluationRounds evaluationRounds;
    @Autowired
    OrgDirectory orgs;

    @Test
    void anAgencyWithReportsToSendGetsItsToDoList() throws Exception {
        AsUser as = new AsUser(userDetails);
        long org = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        as.call("admin", () -> accounts.create(new NewUserAccount("digestuser", "工信厅提醒测试", org, DataScope.OWN_ORG,
                Set.of(Role.AGENCY), "Digest-Test-2026", "liaison@gxt.example.gov.cn")));
        as.call("zhuanban", () -> rounds.open("01", "MONTH", "提醒测试2022年10月", LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 10, 31), LocalDate.of(2099, 12, 31)));

        long city = jdbc.sql("select id from org_organization where name = '济南市投资促进局'").query(Long.class).single();
        as.call("admin", () -> accounts.create(new NewUserAccount("digestcity", "济南招商提醒测试", city, DataScope.OWN_CITY,
                Set.of(Role.CITY_BUREAU), "Digest-Test-2026", "zhaoshang@jinan.example.gov.cn")));
        Lead lead = as.call("digestcity", () -> leads.create(LeadDrafts.on("提醒测试滞留企业有限公司").build()));
        // registered 20 days ago: over the 14 days a lead may wait in 线索
        jdbc.sql("update targeting_lead_step set on_date = on_date - 20 where lead_id = :id").param("id", lead.id()).update();

        int sent = digest.send();

        assertThat(sent).isPositive();
        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage mine = Arrays.stream(received).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("liaison@gxt.example.gov.cn");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(mine.getSubject()).startsWith("【十强产业平台】您有").endsWith("项待办");
        String body = (String) mine.getContent();
        assertThat(body).contains("【待报送】").contains("新一代信息技术").contains("提醒测试2022年10月")
                .contains("/ledger/rounds/");

        MimeMessage cityMail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("zhaoshang@jinan.example.gov.cn");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat((String) cityMail.getContent()).contains("【滞留线索】提醒测试滞留企业有限公司（线索，已 20 天无跟进，超过线索阶段的 14 天）")
                .contains("/leads/" + lead.id());
        assertThat(body).doesNotContain("提醒测试滞留企业有限公司");
    }

    @Test
    void aParkPastItsDeclarationDeadlineAndAReviewerYetToScoreAreReminded() throws Exception {
        AsUser as = new AsUser(userDetails);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        var park = as.call("admin", () -> orgs.registerUnknown("提醒测试评价园区管理委员会", OrganizationKind.PARK));
        as.call("admin", () -> accounts.create(new NewUserAccount("digestpark", "园区提醒测试", park.id(),
                DataScope.OWN_PARK, Set.of(Role.PARK), "Digest-Park-2026", "declare@park.example.gov.cn")));
        long agencyOrg = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        as.call("admin", () -> accounts.create(new NewUserAccount("digestexpert", "评审专家提醒测试", agencyOrg,
                DataScope.OWN_ORG, Set.of(Role.AGENCY), "Digest-Expert-2026", "expert@gxt.example.gov.cn")));
        List<NewRound.Subject> subjects = List.of(new NewRound.Subject(String.valueOf(park.id()), "提醒测试评价园区",
                null, park.id()));
        as.call("zhuanban", () -> evaluationRounds.create(new NewRound("sd-ii-park", null, "提醒测试申报轮次",
                yesterday.getYear(), false, subjects, Map.of(RoundStage.DECLARING, yesterday))));
        RoundView scoring = as.call("zhuanban", () -> evaluationRounds.create(new NewRound("sd-ii-park", null,
                "提醒测试评审轮次", yesterday.getYear(), false, subjects,
                Map.of(RoundStage.EXPERT_REVIEW, yesterday.plusDays(2)))));
        as.call("zhuanban", () -> {
            evaluationRounds.advance(scoring.id(), evaluationRounds.round(scoring.id()).version());
            evaluationRounds.advance(scoring.id(), evaluationRounds.round(scoring.id()).version());
            evaluationRounds.assign(scoring.id(), evaluationRounds.subjects(scoring.id()).get(0).id(), "digestexpert");
            return null;
        });

        digest.send();

        assertThat(mailTo("declare@park.example.gov.cn")).contains("【已逾期】评价申报：提醒测试评价园区（提醒测试申报轮次） 截止 "
                + yesterday).doesNotContain("提醒测试评审轮次");
        assertThat(mailTo("expert@gxt.example.gov.cn")).contains("【待评分】专家评分：提醒测试评价园区（提醒测试评审轮次） 截止 "
                + yesterday.plusDays(2)).contains("/evaluations/rounds/" + scoring.id());
    }

    private String mailTo(String address) throws Exception {
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        return (String) mail.getContent();
    }

    @Test
    void theScheduledRunHoldsAClusterWideLockSoAnotherNodeSkipsIt() throws Exception {
        AsUser as = new AsUser(userDetails);
        long org = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        as.call("admin", () -> accounts.create(new NewUserAccount("digestonce", "工信厅集群测试", org, DataScope.OWN_ORG,
                Set.of(Role.AGENCY), "Digest-Once-2026", "once@gxt.example.gov.cn")));
        as.call("zhuanban", () -> rounds.open("01", "MONTH", "集群测试2022年11月", LocalDate.of(2022, 11, 1),
                LocalDate.of(2022, 11, 30), LocalDate.of(2099, 12, 31)));

        digest.sendOnSchedule();
        long first = toOnce();
        assertThat(first).isEqualTo(1);
        assertThat(jdbc.sql("select lock_until > now() + interval '4 minutes' from shared_job_lock where name = 'portal.reminder-digest'")
                .query(Boolean.class).single()).isTrue();
        // a second node's run at the same time finds the lock held (by the database's clock) and sends nothing
        digest.sendOnSchedule();
        assertThat(toOnce()).isEqualTo(first);
        // once the lock has run out, the next run sends again
        jdbc.sql("update shared_job_lock set lock_until = now() - interval '1 second' where name = 'portal.reminder-digest'").update();
        digest.sendOnSchedule();
        assertThat(toOnce()).isEqualTo(first + 1);
    }

    @Test
    void twoNodesStartingTheJobAtTheSameMomentSendItOnce() throws Exception {
        AsUser as = new AsUser(userDetails);
        long org = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        as.call("admin", () -> accounts.create(new NewUserAccount("digestrace", "工信厅并发测试", org, DataScope.OWN_ORG,
                Set.of(Role.AGENCY), "Digest-Race-2026", "race@gxt.example.gov.cn")));
        as.call("zhuanban", () -> rounds.open("01", "MONTH", "并发测试2022年9月", LocalDate.of(2022, 9, 1),
                LocalDate.of(2022, 9, 30), LocalDate.of(2099, 12, 31)));
        // free, as at 08:00 on a working day (ShedLock remembers that the row exists, so it is released, not deleted)
        jdbc.sql("""
                insert into shared_job_lock (name, lock_until, locked_at, locked_by)
                values ('portal.reminder-digest', timezone('utc', now()) - interval '1 minute', timezone('utc', now()) - interval '2 minutes', 'test')
                on conflict (name) do update set lock_until = excluded.lock_until
                """).update();

        // the scheduler of each node calls the job at 08:00; both calls race for the lock row
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    digest.sendOnSchedule();
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        long sent = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("race@gxt.example.gov.cn");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(sent).as("one digest although two nodes ran the job").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shared_job_lock where name = 'portal.reminder-digest'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long toOnce() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("once@gxt.example.gov.cn");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
