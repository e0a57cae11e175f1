package cn.tenstrong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The platform, or one of its command-line verbs, in a JVM of its own, as an operator runs it: launched either from
 * this test JVM's class path or from the packaged jar ({@code java -jar target/tenstrong-platform.jar …}).
 */
public final class PlatformProcess {

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final int port;

    private PlatformProcess(Process process, Path log, Path dataDir, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * How to launch: {@code java … -cp <this JVM's class path> cn.tenstrong.PlatformApplication}.
     */
    public static List<String> fromClasspath() {
        return List.of(java(), "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "cn.tenstrong.PlatformApplication");
    }

    /** How to launch: {@code java -jar <jar>}, the way the README says. */
    public static List<String> fromJar(Path jar) {
        return List.of(java(), "-Xmx1g", "-jar", jar.toAbsolutePath().toString());
    }

    /** A verb's outcome. */
    public record Result(int exit, String out, String err, Duration took) {

        /** Standard output and error, for assertion messages. */
        public String both() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** Runs a verb to its end (at most {@code timeout}) and captures what it printed. */
    public static Result run(List<String> launcher, Path workDir, Duration timeout, String... args) {
        try {
            Path out = Files.createTempFile(workDir, "out-", ".txt");
            Path err = Files.createTempFile(workDir, "err-", ".txt");
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of(args));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", args) + " did not end within " + timeout + ":\n"
                        + Files.readString(out) + Files.readString(err));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the platform on a data directory and a port; its console goes to {@code <data-dir>/<logName>}. */
    public static PlatformProcess start(List<String> launcher, Path dataDir, int port, String logName, String... extra) {
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve(logName);
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("--platform.data-dir=" + dataDir, "--server.port=" + port,
                    "--spring.main.banner-mode=off"));
            command.addAll(List.of(extra));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new PlatformProcess(p, log, dataDir, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the platform answers its health probe and has written its demo accounts. */
    public PlatformProcess awaitUp(Duration timeout) throws Exception {
        Http http = http();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("platform exited early (" + process.exitValue() + "):\n" + log());
            }
            try {
                if (http.get("/actuator/health", null, null).statusCode() == 200
                        && Files.exists(dataDir.resolve("demo-accounts.txt"))
                        && log().contains("Started PlatformApplication")) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("platform did not start within " + timeout + ":\n" + log());
    }

    public Http http() {
        return new Http("http://localhost:" + port);
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The demo accounts the platform generated on its first start: username → password. */
    public Map<String, String> demoPasswords() throws IOException {
        return Files.readAllLines(dataDir.resolve("demo-accounts.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
    }

    /** SIGTERM, as an operator's Ctrl+C or kill: the platform shuts down cleanly (database stopped, lock released). */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("platform did not stop within 120 s");
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs; the embedded PostgreSQL is left running as an orphan. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
