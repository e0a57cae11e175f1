package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.evaluation.internal.Fixtures.subject;
import static cn.tenstrong.evaluation.internal.Fixtures.withFlags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reference schemes as shipped, and the checks that stop a faulty scheme file. */
class SchemeReaderTest {

    private static final Set<String> METRICS = Set.of("PARK_COMPLETED_INVESTMENT", "PARK_STARTED_PROJECTS");

    private static Scheme load(String file) {
        InputStream in = SchemeReaderTest.class.getResourceAsStream("/evaluation/schemes/" + file);
        return SchemeReader.read(in, file, METRICS);
    }

    private static Scheme parse(String yaml) {
        return SchemeReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                METRICS);
    }

    @Test
    void theMofcomSchemeHasItsFivePublicWeightsAndWaitsForItsIndicators() {
        Scheme s = load("mofcom-etdz-2021.yaml");
        assertThat(s.groups()).extracting(Scheme.Node::name)
                .containsExactly("对外开放", "科技创新", "绿色发展", "统筹协调", "发展质量");
        assertThat(s.groups()).extracting(Scheme.Node::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(30), BigDecimal.valueOf(15), BigDecimal.valueOf(15),
                        BigDecimal.valueOf(10), BigDecimal.valueOf(30));
        assertThat(s.groups()).allMatch(g -> g.status().equals(SchemeReader.PENDING));
        assertThat(s.usable()).isFalse();
        assertThat(s.basis()).contains("赋予30%权重");
    }

    @Test
    void theSrdiSchemeScoresItsPublicBandsByHand() {
        Scheme s = load("miit-srdi-2022.yaml");
        assertThat(s.usable()).as("特色化 and 创新能力 are 待专班补充").isFalse();
        // 85 % → 5; 9 % → 8; 7 years → 3; 3 → 3; level 2 → 3; 1 item → 3; 10.5 % → 10; 55 % → 3: 38 points
        var e = subject("E", null, "PRO1=85", "PRO2=9", "PRO3=7", "PRO4=3", "FINE1=2", "FINE2=1", "FINE3=10.5",
                "FINE4=55");
        SubjectScore r = ScoringEngine.evaluate(s, List.of(e, withFlags(subject("F", null, "PRO1=80"),
                "创客中国全国500强")), Set.of()).subjects().get(0);
        assertThat(r.total()).isEqualByComparingTo("38");
        assertThat(r.groups()).containsEntry("PRO", new BigDecimal("19.00")).containsEntry("FINE",
                new BigDecimal("19.00"));
        assertThat(r.qualified()).isFalse();
        SubjectScore f = ScoringEngine.evaluate(s, List.of(withFlags(subject("F", null, "PRO1=80"),
                "创客中国全国500强")), Set.of()).subjects().get(0);
        assertThat(f.qualified()).isTrue();
        assertThat(f.qualifiedBy()).isEqualTo("直通条件：创客中国全国500强");
    }

    @Test
    void theSeedsAwardRulesAreLoadedWithTheirQuotes() {
        Scheme park = load("sd-ii-park-2022.yaml");
        assertThat(park.usable()).isTrue();
        assertThat(park.demo()).isTrue();
        assertThat(park.award().topN()).isEqualTo(5);
        assertThat(park.award().upTo()).isEqualByComparingTo("500");
        assertThat(park.award().quote()).isEqualTo("对综合指标排名前5位的给予最高500万元奖补。");
        Scheme cluster = load("sd-cluster-2022.yaml");
        assertThat(cluster.award().topN()).isEqualTo(10);
        assertThat(cluster.award().upTo()).isEqualByComparingTo("100");
        assertThat(cluster.usable()).isFalse();
        Scheme leader = load("sd-leader-2022.yaml");
        assertThat(leader.award().base()).isEqualByComparingTo("200");
        assertThat(leader.award().upTo()).isEqualByComparingTo("2200");
        Scheme digital = load("sd-de-park-2022.yaml");
        assertThat(digital.award().topN()).isNull();
        assertThat(digital.award().upTo()).isEqualByComparingTo("200");
    }

    @Test
    void faultyFilesAreRefusedWithTheFileAndTheIndicatorNamed() {
        String head = "code: X\nversion: 1\nname: X\nsubjectType: PARK\ntotal: 100\n";
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1, source: PLATFORM, "
                + "metric: NOPE, rule: {type: minmax}}\n"))
                .hasMessageContaining("test.yaml").hasMessageContaining("A 取平台数据");
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1, rule: {type: minmax}}\n"
                + "  - {code: A, name: B, weight: 1, rule: {type: minmax}}\n")).hasMessageContaining("指标代码重复：A");
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1, rule: {type: ratio, "
                + "target: 0}}\n")).hasMessageContaining("target 应大于0");
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1}\n"))
                .hasMessageContaining("既无计分规则也无下级指标");
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1, rule: {type: minmax}}\n"
                + "gates:\n  - {type: threshold, leaf: Z, op: GE, value: 1}\n")).hasMessageContaining("不存在的指标 Z");
        assertThatThrownBy(() -> parse(head + "groups:\n  - {code: A, name: A, weight: 1, rule: {type: minmax}}\n"
                + "weightSets: {东部: {Q: 3}}\n")).hasMessageContaining("权重组“东部”引用了不存在的指标 Q");
        assertThat(parse(head + "groups:\n  - {code: A, name: A, weight: 1, rule: {type: minmax}}\n").weightSets())
                .isEqualTo(Map.of());
    }

    @Test
    void aFormLeafMayStateTheRangeOfDeclaredValues() {
        String head = "code: X\nversion: 1\nname: X\nsubjectType: PARK\ntotal: 100\ngroups:\n";
        Scheme s = parse(head + "  - {code: A, name: A, weight: 1, range: {min: -50, max: 200}, rule: {type: minmax}}\n"
                + "  - {code: B, name: B, weight: 1, rule: {type: perItem, points: 2, cap: 10}}\n"
                + "  - {code: C, name: C, weight: 1, rule: {type: minmax}}\n");
        List<FormValues.Field> fields = FormValues.of(s);
        assertThat(fields).extracting(FormValues.Field::range).containsExactly("-50～200", "不小于0", "不限");
        assertThat(fields.get(0).problem(new BigDecimal("200"))).isNull();
        assertThat(fields.get(0).problem(new BigDecimal("200.5"))).isEqualTo("“A”的值200.5超出允许范围（-50～200）");
        assertThat(fields.get(1).problem(new BigDecimal("-1"))).isEqualTo("“B”的值-1超出允许范围（不小于0）");
        assertThatThrownBy(() -> parse(head + "  - {code: A, name: A, weight: 1, range: {min: 5, max: 1}, "
                + "rule: {type: minmax}}\n")).hasMessageContaining("A 的取值范围 min 大于 max");
    }
}
