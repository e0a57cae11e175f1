package cn.tenstrong.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.PlanParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A 10 MB plan document (the seed repeated) parsed in a JVM limited to a 256 MB heap. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class LargePlanDocumentBenchmark {

    byte[] document;
    PlanParser parser;

    @Setup(Level.Trial)
    public void build() throws IOException {
        byte[] seed = PlanParserBenchmark.seedBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 10 * 1024 * 1024) {
            out.write(seed);
            out.write('\n');
        }
        document = out.toByteArray();
        parser = new PlanParser();
    }

    @Benchmark
    public int parseTenMegabytes() {
        ParsedDocument doc = parser.parse(document, "large.txt");
        if (doc.plans().size() < 12 * 60) {
            throw new IllegalStateException("expected the repeated plans, got " + doc.plans().size());
        }
        return doc.plans().size();
    }
}
