package cn.tenstrong.shared;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.tenstrong.PlatformApplication;
import cn.tenstrong.audit.AuditLog;
import cn.tenstrong.audit.ChainVerification;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseChange;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.AsUser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two platform nodes on one PostgreSQL, each a whole application context with its own data directory (and so its own
 * search index), as two processes behind a load balancer would run: a browser session started on one node continues on
 * the other, and an after-commit reaction that a node never ran (it stalled, then died) is completed when a node
 * starts again, or by the retry job of a node that runs. {@link ClusterTest} runs the same on a shared OpenSearch index.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static Path root;
    static EmbeddedPostgres database;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    /** The audit chain's HMAC key, one for the cluster (each node's own key file would not verify the others' rows). */
    static final String AUDIT_KEY = java.util.Base64.getEncoder().encodeToString(
            new java.security.SecureRandom().generateSeed(32));

    @BeforeAll
    void startTwoNodes() throws Exception {
        Files.createDirectories(Path.of("target"));
        root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nodes-");
        database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("pg")).setCleanDataDirectory(true).start();
        nodeA = node(root.resolve("a"));
        nodeB = node(root.resolve("b"));
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * A node: the platform on the shared database, with the cluster's audit key, named after its data directory
     * ({@code node-a}) in the job locks it holds. Incomplete publications are retried once two seconds old (instead
     * of fifteen minutes), so that the retry job can be run here without waiting.
     */
    ConfigurableApplicationContext node(Path dataDir) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--platform.audit.key=" + AUDIT_KEY, "--platform.data-dir=" + dataDir,
                "--platform.node.name=node-" + dataDir.getFileName(), "--server.port=0", "--spring.main.banner-mode=off",
                "--platform.events.retry-after=2s"));
        arguments.addAll(moreArguments());
        return new SpringApplicationBuilder(PlatformApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The JDBC URL of the shared database, as the nodes are given it. */
    String databaseUrl() {
        return "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
    }

    /** Settings every node of a subclass's cluster gets besides the shared database (none here). */
    List<String> moreArguments() {
        return List.of();
    }

    /** Whether the nodes search one shared index (OpenSearch) rather than each its own embedded Lucene index. */
    static boolean sharedIndex() {
        return "opensearch".equals(nodeA.getEnvironment().getProperty("platform.search.engine"));
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    // ---- shared sessions

    @Test
    @Order(1)
    void aSessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        Map<String, String> demo = demoPasswords(root.resolve("a"));
        // one browser: one cookie jar for both nodes (they share the host, as behind a load balancer)
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String loginCsrf = csrf(get(browser, url(nodeA, "/login")).body());
        HttpResponse<String> login = post(browser, url(nodeA, "/login"),
                Map.of("username", "admin", "password", demo.get("admin"), "_csrf", loginCsrf));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);

        // the next requests go to either node, several at once: each first page stores a new CSRF token in the
        // session, the same attribute written by both nodes at the same moment (the PostgreSQL upsert takes both)
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> pages = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
                pages.add(pool.submit(() -> get(browser, url(node, "/"))));
            }
            for (Future<HttpResponse<String>> page : pages) {
                HttpResponse<String> r = page.get();
                assertThat(r.statusCode()).as("a logged-in page on either node").isEqualTo(200);
                assertThat(r.body()).contains("系统管理员（演示）");
            }
        } finally {
            pool.shutdownNow();
        }

        // a form posted to node B with the page from node A: the CSRF token and the login are both in the shared
        // session; the flash message (the new API token, shown once) is stored on B and read on A
        String csrf = csrf(get(browser, url(nodeA, "/access/tokens")).body());
        HttpResponse<String> created = post(browser, url(nodeB, "/access/tokens"),
                Map.of("name", "两节点测试令牌", "scope", "READ", "validDays", "30", "_csrf", csrf));
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = get(browser, url(nodeA, "/access/tokens"));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"token-value\"").containsPattern("tsq_[A-Za-z0-9]{40}");

        // logging out on node A ends the session on node B too
        HttpResponse<String> logout = post(browser, url(nodeA, "/logout"),
                Map.of("_csrf", csrf(get(browser, url(nodeB, "/")).body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> after = get(browser, url(nodeB, "/"));
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    // ---- durable after-commit reactions

    @Test
    @Order(2)
    void aReactionLostWithItsNodeIsCompletedWhenANodeStartsAgain() throws Exception {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        AfterCommit.await(jdbc);
        String name = "持久事件重启测试科技有限公司";
        long id;
        try (Stalled stalled = Stalled.executorOf(nodeA)) {
            id = rename(nodeA, name);
            // committed, and the two reactions to it are in the registry, neither done: the node has not run them
            assertThat(incompleteListenersFor(jdbc, id)).containsExactlyInAnyOrder(
                    "cn.tenstrong.enterprise.internal.IndexSync.on(cn.tenstrong.enterprise.EnterprisesChanged)",
                    "cn.tenstrong.enterprise.internal.ChainLeaderRefresh.on(cn.tenstrong.enterprise.EnterprisesChanged)");
            assertThat(found(nodeA, name)).as("node A's index never saw the rename").isZero();
            stalled.die();
        }
        nodeA.close();
        assertThat(incompleteListenersFor(jdbc(), id)).hasSize(2);

        // node A starts again on its data directory (its index as it was) and publishes what was left incomplete
        nodeA = node(root.resolve("a"));
        AfterCommit.await(nodeA.getBean(JdbcClient.class));
        assertThat(incompleteListenersFor(jdbc(), id)).isEmpty();
        assertThat(found(nodeA, name)).as("the restarted node's index has the rename").isEqualTo(1);
        // node B searches its own index, which never saw the rename (it is rebuilt only when B restarts), or the
        // shared one node A has just written to
        assertThat(found(nodeB, name)).as("node B finds the rename").isEqualTo(sharedIndex() ? 1 : 0);
        // and the index's own announcement went on to the bound targets, which count through the index
        assertThat(completedListenersFor(id, "cn.tenstrong.enterprise.EnterprisesIndexed")).containsExactly(
                "cn.tenstrong.project.internal.BindingService.onEnterprises(cn.tenstrong.enterprise.EnterprisesIndexed)");
    }

    @Test
    @Order(3)
    void aReactionLostOnOneNodeIsRetriedByTheJobOfAnother() throws Exception {
        String name = "持久事件补发测试科技有限公司";
        long id;
        try (Stalled stalled = Stalled.executorOf(nodeB)) {
            id = rename(nodeB, name);
            assertThat(incompleteListenersFor(jdbc(), id)).hasSize(2);
            stalled.die();
        }
        assertThat(found(nodeA, name)).isZero();
        // node A's retry job (one node of the cluster at a time) takes them up once they are older than retry-after
        EventPublicationJobs jobs = nodeA.getBean(EventPublicationJobs.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    jobs.retry();
                    return incompleteListenersFor(jdbc(), id).isEmpty();
                });
        AfterCommit.await(jdbc());
        assertThat(found(nodeA, name)).as("node A's index follows a change made on node B").isEqualTo(1);
        assertThat(completedListenersFor(id, "cn.tenstrong.enterprise.EnterprisesChanged")).hasSize(2);
        assertThat(jdbc().sql("""
                select min(completion_attempts) from event_publication
                where serialized_event like :id and event_type = 'cn.tenstrong.enterprise.EnterprisesChanged'
                """).param("id", "%[" + id + "]%").query(Integer.class).single()).as("taken up again").isGreaterThan(1);
    }

    // ---- one audit chain

    @Test
    @Order(4)
    void theAuditChainBothNodesWroteVerifiesOnEither() {
        // the renames of the tests above: one committed by node A, one by node B, each hashed with the cluster's key
        assertThat(jdbc().sql("select count(*) from audit_log where after_json like '%持久事件%'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(2);
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            ChainVerification verification = node.getBean(AuditLog.class).verify();
            assertThat(verification.brokenIds()).isEmpty();
            assertThat(verification.tailProblem()).isNull();
        }
    }

    // ---- behind a load balancer

    @Test
    @Order(5)
    void everyNodeAnswersTheBalancersHealthCheckWithoutALogin() throws Exception {
        HttpClient balancer = HttpClient.newHttpClient();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpResponse<String> health = get(balancer, url(node, "/actuator/health"));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        }
    }

    // ---- helpers

    /** Renames an enterprise (keeping everything else), on the given node, as the administrator; returns its id. */
    private static long rename(ConfigurableApplicationContext node, String name) {
        EnterpriseLibrary library = node.getBean(EnterpriseLibrary.class);
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        long id = jdbc.sql("""
                select min(id) from enterprise where name not like '持久事件%' and region_code like '37%'
                """).query(Long.class).single();
        Enterprise e = library.require(id);
        new AsUser(node.getBean(UserDetailsService.class)).call("admin", () -> library.update(e.id(),
                new EnterpriseChange(e.version(), name, e.regionCode(),
                        e.industryCode() == null ? "3985" : e.industryCode(), e.registeredCapital(),
                        e.foundedOn(), e.businessScope(), e.mainProducts(), e.tags().stream().map(Enum::name).toList(),
                        e.revenue(), e.employees())));
        return e.id();
    }

    static long found(ConfigurableApplicationContext node, String name) {
        return node.getBean(EnterpriseLibrary.class).search(EnterpriseQuery.text(name)).enterprises().stream()
                .filter(e -> e.name().equals(name)).count();
    }

    private static List<String> incompleteListenersFor(JdbcClient jdbc, long enterpriseId) {
        return jdbc.sql("""
                select listener_id from event_publication
                where completion_date is null and event_type = 'cn.tenstrong.enterprise.EnterprisesChanged'
                  and serialized_event like :id
                """).param("id", "%[" + enterpriseId + "]%").query(String.class).list();
    }

    private static List<String> completedListenersFor(long enterpriseId, String eventType) {
        return jdbc().sql("""
                select listener_id from event_publication
                where completion_date is not null and status = 'COMPLETED' and event_type = :type
                  and serialized_event like :id
                """).param("type", eventType).param("id", "%[" + enterpriseId + "]%").query(String.class).list();
    }

    static JdbcClient jdbc() {
        return JdbcClient.create(database.getPostgresDatabase());
    }

    /**
     * A node whose task executor is busy (every thread waits), so that the reactions it queues after a commit do not
     * run; {@link #die()} then ends the executor as the death of the process would: the queued reactions are dropped.
     */
    private static final class Stalled implements AutoCloseable {

        private final ThreadPoolTaskExecutor executor;
        private final CountDownLatch release = new CountDownLatch(1);

        private Stalled(ThreadPoolTaskExecutor executor) throws InterruptedException {
            this.executor = executor;
            int threads = executor.getMaxPoolSize() == Integer.MAX_VALUE ? executor.getCorePoolSize()
                    : Math.max(executor.getCorePoolSize(), executor.getMaxPoolSize());
            CountDownLatch busy = new CountDownLatch(threads);
            for (int i = 0; i < threads; i++) {
                executor.execute(() -> {
                    busy.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(busy.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("all executor threads busy").isTrue();
        }

        static Stalled executorOf(ConfigurableApplicationContext node) throws InterruptedException {
            return new Stalled(node.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class));
        }

        void die() {
            List<Runnable> dropped = executor.getThreadPoolExecutor().shutdownNow();
            assertThat(dropped).as("the reactions queued behind the busy threads").isNotEmpty();
        }

        @Override
        public void close() {
            release.countDown();
        }
    }

    static Map<String, String> demoPasswords(Path dataDir) throws Exception {
        return Files.readAllLines(dataDir.resolve("demo-accounts.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
