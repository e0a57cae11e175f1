package cn.tenstrong.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.EnterpriseDescription;
import cn.tenstrong.chain.SegmentMatch;
import cn.tenstrong.chain.SegmentMatcher;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticEnterpriseGeneratorTest {

    static ChainCatalog catalog;
    static List<SyntheticEnterprise> sample;

    @BeforeAll
    static void generate() {
        catalog = ChainCatalog.loadDefault();
        sample = SyntheticEnterpriseGenerator.of(catalog, 42).stream(20_000).toList();
    }

    @Test
    void everyUsccIsValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (SyntheticEnterprise e : sample) {
            assertThat(Uscc.validate(e.uscc()).valid()).as(e.uscc()).isTrue();
            assertThat(e.uscc()).startsWith("91" + e.regionCode());
            assertThat(seen.add(e.uscc())).as(e.uscc()).isTrue();
            if (!e.foundedOn().isBefore(SyntheticEnterpriseGenerator.USCC_REFORM)) {
                assertThat(e.uscc().substring(8, 10)).isEqualTo("MA");
            }
        }
    }

    @Test
    void everyEnterpriseIsMarkedSynthetic() {
        assertThat(sample).allSatisfy(e -> {
            assertThat(e.synthetic()).isTrue();
            assertThat(e.name()).endsWith("（模拟）").matches(".+(有限公司|股份有限公司)（模拟）");
        });
    }

    @Test
    void sameSeedSameEnterprisesOtherSeedOthers() {
        SyntheticEnterpriseGenerator again = SyntheticEnterpriseGenerator.of(catalog, 42);
        assertThat(again.stream(1000).toList()).isEqualTo(sample.subList(0, 1000));
        assertThat(again.enterprise(12_345)).isEqualTo(sample.get(12_345));
        List<SyntheticEnterprise> other = SyntheticEnterpriseGenerator.of(catalog, 43).stream(1000).toList();
        assertThat(other).isNotEqualTo(sample.subList(0, 1000));
    }

    @Test
    void capitalRevenueAndStaffHaveALongTail() {
        long[] capital = sample.stream().mapToLong(SyntheticEnterprise::registeredCapital).sorted().toArray();
        double mean = Arrays.stream(capital).average().orElseThrow();
        long median = capital[capital.length / 2];
        assertThat(mean).as("均值应明显高于中位数").isGreaterThan(2.0 * median);
        assertThat(median).isBetween(100L, 1000L);
        long[] revenue = sample.stream().mapToLong(SyntheticEnterprise::revenue).sorted().toArray();
        assertThat(Arrays.stream(revenue).average().orElseThrow()).isGreaterThan(2.0 * revenue[revenue.length / 2]);
        int[] staff = sample.stream().mapToInt(SyntheticEnterprise::employees).sorted().toArray();
        assertThat(staff[staff.length / 2]).isBetween(5, 60);
        assertThat(staff[staff.length - 1]).isGreaterThan(1000);
    }

    @Test
    void mostAreInShandongAndDatesArePlausible() {
        long shandong = sample.stream().filter(e -> e.regionCode().startsWith("37")).count();
        assertThat(shandong / (double) sample.size()).isBetween(0.70, 0.80);
        assertThat(sample).allSatisfy(e -> assertThat(e.foundedOn())
                .isBetween(LocalDate.of(1980, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(sample.stream().map(SyntheticEnterprise::regionName).distinct().count()).isGreaterThan(150);
    }

    @Test
    void honoursAreRare() {
        Map<EnterpriseTag, Integer> counts = new EnumMap<>(EnterpriseTag.class);
        sample.forEach(e -> e.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        double n = sample.size();
        assertThat(counts.getOrDefault(EnterpriseTag.HIGH_TECH, 0) / n).isBetween(0.01, 0.12);
        assertThat(counts.getOrDefault(EnterpriseTag.SPECIALISED, 0) / n).isBetween(0.001, 0.03);
        assertThat(counts.getOrDefault(EnterpriseTag.LITTLE_GIANT, 0)).isLessThan(counts.get(EnterpriseTag.SPECIALISED));
        assertThat(counts.getOrDefault(EnterpriseTag.LISTED, 0) / n).isLessThan(0.003);
        assertThat(counts.getOrDefault(EnterpriseTag.SINGLE_CHAMPION, 0) / n).isLessThan(0.002);
        assertThat(sample).allSatisfy(e -> {
            if (e.tags().contains(EnterpriseTag.LITTLE_GIANT)) {
                assertThat(e.tags()).contains(EnterpriseTag.SPECIALISED);
            }
        });
    }

    @Test
    void textsComeFromTheSourceSegmentSoTheMatcherFindsItAgain() {
        SegmentMatcher matcher = SegmentMatcher.of(catalog);
        int onChain = 0;
        int found = 0;
        int offChain = 0;
        int offChainPlaced = 0;
        for (SyntheticEnterprise e : sample.subList(0, 5000)) {
            List<SegmentMatch> matches = matcher.match(
                    new EnterpriseDescription(e.businessScope(), e.mainProducts(), e.industryCode()), 3);
            if (e.sourceChainCode() == null) {
                offChain++;
                if (!matches.isEmpty() && matches.get(0).confidence() > 0.5) {
                    offChainPlaced++;
                }
            } else {
                onChain++;
                if (matches.stream().anyMatch(m -> m.segment().qualifiedCode().equals(e.sourceQualifiedSegment()))) {
                    found++;
                }
            }
        }
        assertThat(found / (double) onChain).as("挂链召回率").isGreaterThan(0.85);
        assertThat(offChainPlaced / (double) offChain).as("链外企业误挂率").isLessThan(0.05);
    }

    @Test
    void theUsccAloneIsTheWholeEnterprisesUscc() {
        for (long seed : new long[] {2026, 99}) {
            SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.of(catalog, seed);
            for (long i = 0; i < 100_000; i++) {
                if (!generator.uscc(i).equals(generator.enterprise(i).uscc())) {
                    assertThat(generator.uscc(i)).as("seed %d, index %d", seed, i).isEqualTo(generator.enterprise(i).uscc());
                }
            }
        }
    }

    @Test
    void aHundredThousandInWellUnderAFewSeconds() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.of(catalog, 7);
        long start = System.nanoTime();
        long valid = generator.stream(100_000).filter(e -> e.uscc().length() == 18).count();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(valid).isEqualTo(100_000);
        // typically about 1 s; the bound leaves room for the shared, busy build machine
        assertThat(millis).as("生成10万家耗时（毫秒）").isLessThan(6000);
        System.out.println("SyntheticEnterpriseGenerator: 100000 in " + millis + " ms");
    }

    @Test
    void roundsCapitalToDeclaredFigures() {
        assertThat(SyntheticEnterpriseGenerator.roundNicely(1234)).isEqualTo(1200);
        assertThat(SyntheticEnterpriseGenerator.roundNicely(57.3)).isEqualTo(57);
        assertThat(SyntheticEnterpriseGenerator.roundNicely(0.4)).isEqualTo(1);
    }
}
