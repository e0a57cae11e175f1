package cn.tenstrong.enterprise.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.persistence.NewPlacement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂链速度: CPU time of automatic placement per enterprise, as the bulk load runs it (one {@link Placer#place} per
 * synthetic enterprise, no products), over the first {@code -Dplacement.count} (default 200,000) enterprises of seed 1,
 * generated before the clock starts. Two warm-up rounds, then five measured rounds on one thread; prints each round's
 * ns per enterprise (wall clock, and the thread's CPU time, which a shared machine disturbs less) and a digest of every
 * placement made, so that a faster matcher can be checked to place the same.
 * {@code mvn -B -o -Pbench test -Dtest=PlacementSpeedBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}, or
 * {@code java -cp …} this class (main), with an older build's classes first on the class path to compare builds.
 */
@Tag("bench")
class PlacementSpeedBenchmarkTest {

    public static void main(String[] args) {
        new PlacementSpeedBenchmarkTest().placesSyntheticEnterprises();
    }

    @Test
    void placesSyntheticEnterprises() {
        int count = Integer.getInteger("placement.count", 200_000);
        ChainCatalog catalog = ChainCatalog.loadDefault();
        SegmentMatcher matcher = SegmentMatcher.of(catalog);
        IndustryGate gate = IndustryGate.loadDefault();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.of(catalog, 1);
        List<Placer.Subject> subjects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subjects.add(Placer.Subject.of(EnterpriseLoaders.draft(generator.enterprise(i)), List.of()));
        }
        long digest = 0;
        for (int round = 0; round < 2; round++) {
            digest = round(matcher, gate, subjects);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ns = new double[5];
        double[] cpu = new double[ns.length];
        for (int round = 0; round < ns.length; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long d = round(matcher, gate, subjects);
            cpu[round] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) count;
            ns[round] = (System.nanoTime() - start) / (double) count;
            assertThat(d).isEqualTo(digest);
            System.out.printf(Locale.ROOT, "placement round %d: %.0f ns/enterprise (CPU %.0f)%n", round + 1, ns[round],
                    cpu[round]);
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        // the machine may be shared: CPU time of this thread counts only while it ran
        System.out.printf(Locale.ROOT, "placement of %,d synthetic enterprises: median %.0f ns/enterprise (CPU %.0f), "
                + "best %.0f (CPU %.0f); digest %016x%n", count, ns[ns.length / 2], cpu[cpu.length / 2], ns[0], cpu[0],
                digest);
    }

    private static long round(SegmentMatcher matcher, IndustryGate gate, List<Placer.Subject> subjects) {
        long digest = 0;
        for (Placer.Subject s : subjects) {
            for (NewPlacement p : Placer.place(matcher, gate, 0, s)) {
                // enum hash codes change between runs: the digest reads names and values only
                digest = digest * 31 + (p.chainCode() + "/" + p.segmentCode() + p.role().name() + p.status().name()
                        + p.terms() + p.evidence()).hashCode();
                digest = digest * 31 + Double.hashCode(p.confidence());
            }
            digest = digest * 17 + 1;
        }
        return digest;
    }
}
