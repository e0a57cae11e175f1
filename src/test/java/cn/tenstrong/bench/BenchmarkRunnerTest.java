package cn.tenstrong.bench;

import java.util.Collection;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry point of {@code mvn -Pbench test}: runs the JMH benchmarks named by -Dbench (a regex, default all
 * plan parser benchmarks) and prints JMH's table plus the derived MB/s figures.
 */
@Tag("bench")
class BenchmarkRunnerTest {

    @Test
    void runBenchmarks() throws Exception {
        String include = System.getProperty("bench", "PlanParserBenchmark|LargePlanDocumentBenchmark");
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(include)
                .jvmArgsPrepend("-Dfile.encoding=UTF-8").build()).run();
        assertThat(results).isNotEmpty();
        int seedBytes = PlanParserBenchmark.seedBytes().length;
        double parse = Double.NaN;
        double baseline = Double.NaN;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("parseSeed")) {
                parse = score;
            } else if (name.endsWith("decodeAndSplitBaseline")) {
                baseline = score;
            }
        }
        if (!Double.isNaN(parse) && !Double.isNaN(baseline)) {
            double parseMbS = seedBytes / parse; // bytes per microsecond = MB/s
            double baselineMbS = seedBytes / baseline;
            System.out.printf("%nPlan parser on the seed (%d bytes): %.1f MB/s; UTF-8 decode + line split: %.1f MB/s; "
                    + "parser takes %.1f× the baseline's time%n", seedBytes, parseMbS, baselineMbS, parse / baseline);
        }
    }
}
