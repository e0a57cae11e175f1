package cn.tenstrong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;
import org.springframework.util.FileSystemUtils;

/**
 * A real single-node OpenSearch 2.19 cluster in the test JVM: the server with its HTTP transport (Netty) and the
 * analysis-common module, which brings the {@code cjk} analyzer. Started on first use on a free loopback port and
 * shared by every test of the JVM (a start costs seconds); closed when the JVM ends. Benchmarks start one in a JVM of
 * its own on a fixed port and a kept data folder ({@link OpenSearchNodeMain}).
 */
public final class OpenSearchNode {

    private static OpenSearchNode shared;

    private final Node node;
    private final Path home;
    private final int port;
    private final boolean temporary;

    private OpenSearchNode(Path home, int port, boolean temporary) {
        this.home = home;
        this.port = port;
        this.temporary = temporary;
        try {
            Settings settings = Settings.builder()
                    .put("cluster.name", "tenstrong-test")
                    .put("node.name", "tenstrong-test-node")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", port)
                    .put("transport.port", freePort())
                    .put("transport.type", "netty4")
                    .put("http.type", "netty4")
                    // a nearly full shared disk must not turn the test indices read-only
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                    () -> "tenstrong-test-node");
            node = new ClasspathPluginNode(environment);
            node.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("OpenSearch test node failed its checks", e);
        }
    }

    /** The node of this JVM, started on first call. */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            try {
                shared = new OpenSearchNode(Files.createTempDirectory("opensearch-test-node"), freePort(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "opensearch-test-node-stop"));
        }
        return shared;
    }

    /** A node on this HTTP port whose data stays in {@code home} when it is closed (a later start finds it again). */
    static OpenSearchNode kept(Path home, int httpPort) {
        try {
            Files.createDirectories(home);
            return new OpenSearchNode(home, httpPort, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base URI of the HTTP API, e.g. {@code http://127.0.0.1:40123}. */
    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    void close() {
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (temporary) {
                FileSystemUtils.deleteRecursively(home.toFile());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Node's constructor that takes plugins from the classpath (as the distribution's modules folder would). */
    private static final class ClasspathPluginNode extends Node {

        ClasspathPluginNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
