package cn.tenstrong.shared;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.OpenSearchNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 集群: the two nodes of {@link SeveralNodesTest} (one PostgreSQL, its tests run here too) searching one real OpenSearch
 * node instead of each its own Lucene index, and both running the reminder digest's schedule, every ten seconds, against
 * one real SMTP server, and reaching the database through a multi-host URL. An enterprise imported on node A is found on
 * node B at once; the digest that both nodes start at the same second is sent once; a reaction completed by a restarted
 * node is found on the other node.
 */
@Tag("opensearch")
class ClusterTest extends SeveralNodesTest {

    private static final String DIGEST = "portal.reminder-digest";

    private final GreenMail smtp = startSmtp();

    private static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GreenMail startSmtp() {
        ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000);
        GreenMail mail = new GreenMail(setup);
        mail.start();
        return mail;
    }

    /**
     * The database as the README's deployment section writes it: a host list with {@code targetServerType=primary}.
     * The first host is a closed port (a primary that went down): the driver moves on to the next and keeps the one
     * that is not read-only.
     */
    @Override
    String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + freePort() + ",localhost:" + database.getPort()
                + "/postgres?targetServerType=primary&connectTimeout=5";
    }

    @Override
    List<String> moreArguments() {
        return List.of("--platform.search.engine=opensearch",
                "--platform.search.opensearch.uris=" + OpenSearchNode.shared().uri(),
                "--platform.search.opensearch.index=cluster-enterprises", "--platform.search.opensearch.replicas=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // both schedulers fire at the same seconds of the clock, as two nodes' 08:00 does
                "--platform.ledger.reminders.cron=*/10 * * * * *");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    @Order(10)
    void anEnterpriseImportedOnOneNodeIsFoundOnTheOther() throws Exception {
        String name = "集群检索测试光刻胶材料有限公司";
        String body = "MA3KC001";
        String uscc = Uscc.withCheckDigit("91370102" + body + Uscc.organizationCodeCheckChar(body));
        String csv = String.join(",", GenerateEnterprisesCommand.HEADER) + "\n" + uscc + "," + name
                + ",济南市历下区,C3985,1000,2021-06-01,光刻胶的研发与生产,KrF光刻胶,,,,\n";
        String password = demoPasswords(root.resolve("a")).get("admin");

        HttpResponse<String> imported = new Http(url(nodeA, "")).upload("/api/enterprises/imports", "admin", password,
                "cluster.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        AfterCommit.await(jdbc());

        // node A's index sync wrote it to the shared index: node B finds it without a restart
        assertThat(found(nodeB, name)).isEqualTo(1);
        assertThat(found(nodeA, name)).isEqualTo(1);
    }

    @Test
    @Order(11)
    void theDigestBothNodesStartAtTheSameSecondIsSentOnce() throws Exception {
        String address = "cluster-digest@gxt.example.gov.cn";
        AsUser as = new AsUser(nodeA.getBean(UserDetailsService.class));
        long org = jdbc().sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        as.call("admin", () -> nodeA.getBean(UserAccounts.class).create(new NewUserAccount("clusterdigest",
                "工信厅集群提醒测试", org, DataScope.OWN_ORG, Set.of(Role.AGENCY), "Cluster-Digest-2026", address)));
        // node B has read the ledger before the round is opened on node A (its cache then shows it within a minute);
        // whichever node wins the lock must send the round's 待报送
        UserAccounts.Recipient recipient = nodeB.getBean(UserAccounts.class).reminderRecipients().stream()
                .filter(r -> r.email().equals(address)).findFirst().orElseThrow();
        assertThat(nodeB.getBean(Ledger.class).todosFor(recipient.user())).isEmpty();
        as.call("zhuanban", () -> nodeA.getBean(ProgressRounds.class).open("01", "MONTH", "集群提醒测试2022年8月",
                LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31), LocalDate.of(2099, 12, 31)));
        assertThat(mailsTo(address)).isZero();

        // free the lock (a run at a node's start holds it five minutes), as it is free at 08:00 of a working day
        JdbcClient jdbc = jdbc();
        jdbc.sql("""
                insert into shared_job_lock (name, lock_until, locked_at, locked_by)
                values (:name, timezone('utc', now()) - interval '1 minute', timezone('utc', now()) - interval '2 minutes', 'test')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at
                """).param("name", DIGEST).update();
        java.sql.Timestamp released = jdbc.sql("select locked_at from shared_job_lock where name = :name")
                .param("name", DIGEST).query(java.sql.Timestamp.class).single();

        // the next tick of both schedulers: one node takes the lock and sends the digest
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(address) > 0);
        java.sql.Timestamp taken = jdbc.sql("select locked_at from shared_job_lock where name = :name")
                .param("name", DIGEST).query(java.sql.Timestamp.class).single();
        assertThat(taken).isAfter(released);
        assertThat(jdbc.sql("select locked_by from shared_job_lock where name = :name").param("name", DIGEST)
                .query(String.class).single()).as("the node that sent it (platform.node.name)").isIn("node-a", "node-b");
        // the other node's run of the same second found the lock taken; the next tick of both nodes finds it held too
        // (five minutes by the database's clock): a wait for a schedule to pass, nothing else shows a skipped run
        Thread.sleep(11_000);
        assertThat(mailsTo(address)).as("one digest although both nodes' schedules fired twice").isEqualTo(1);
        assertThat(jdbc.sql("select locked_at from shared_job_lock where name = :name").param("name", DIGEST)
                .query(java.sql.Timestamp.class).single()).as("no later run took the lock").isEqualTo(taken);
        assertThat(jdbc.sql("select lock_until > timezone('utc', now()) + interval '4 minutes' from shared_job_lock where name = :name")
                .param("name", DIGEST).query(Boolean.class).single()).isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address))
                .findFirst().orElseThrow();
        assertThat((String) mail.getContent()).contains("【待报送】").contains("集群提醒测试2022年8月");
    }

    private long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).count();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
