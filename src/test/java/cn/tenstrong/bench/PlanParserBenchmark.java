package cn.tenstrong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Plan parsing speed on the seed (150 KB, 12 plans, 329 items), against the floor any parser pays: decoding
 * the same bytes as UTF-8 and splitting them into lines. MB/s = bytes / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class PlanParserBenchmark {

    byte[] seed;
    PlanParser parser;

    @Setup(Level.Trial)
    public void load() throws IOException {
        seed = seedBytes();
        parser = new PlanParser();
    }

    @Benchmark
    public ParsedDocument parseSeed() {
        return parser.parse(seed, "seed.txt");
    }

    /** The baseline: UTF-8 decode and line split of the same bytes. */
    @Benchmark
    public int decodeAndSplitBaseline() {
        return new String(seed, StandardCharsets.UTF_8).split("\\R").length;
    }

    static byte[] seedBytes() throws IOException {
        try (InputStream in = PlanParserBenchmark.class.getClassLoader()
                .getResourceAsStream("plan/seed/shandong-2022-ten-strong-industries.txt")) {
            return in.readAllBytes();
        }
    }
}
