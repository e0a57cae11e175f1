package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.LeafInput;
import cn.tenstrong.evaluation.internal.Evaluation.Status;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;
import cn.tenstrong.evaluation.internal.Scheme.Direction;
import cn.tenstrong.evaluation.internal.Scheme.MissingPolicy;
import cn.tenstrong.evaluation.internal.Scheme.Node;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.evaluation.internal.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test over 500 random schemes and rounds (seeded, so a failure repeats): contributions add up to the
 * total, group subtotals to their leaves, ranks follow totals (rank = 1 + number of strictly better subjects, equal
 * totals share a rank), and nothing is null where a number is promised. A seeded loop instead of jqwik, which is not
 * a dependency of the project.
 */
class EnginePropertyTest {

    private static final long SEED = 20261202L;

    @Test
    void contributionsAddUpAndRanksFollowTotals() {
        Random random = new Random(SEED);
        for (int run = 0; run < 500; run++) {
            List<String> leafCodes = new ArrayList<>();
            List<Node> groups = new ArrayList<>();
            int groupCount = 1 + random.nextInt(4);
            for (int g = 0; g < groupCount; g++) {
                groups.add(randomNode(random, "G" + g, 0, leafCodes));
            }
            Scheme scheme = Fixtures.with(Fixtures.scheme(groups), List.of(),
                    List.of(new Scheme.Adjustment("P", "加分", false, d("1.5"), d("4")),
                            new Scheme.Adjustment("M", "扣分", true, d("2"), d("5"))),
                    List.of(), null, List.of(), Map.of());
            List<SubjectInput> subjects = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                Map<String, LeafInput> values = new HashMap<>();
                for (String leaf : leafCodes) {
                    if (random.nextInt(5) > 0) {
                        // few distinct values, so ties and constant columns happen
                        BigDecimal v = BigDecimal.valueOf(random.nextInt(6) * 10L);
                        values.put(leaf, new LeafInput(v, BigDecimal.valueOf(random.nextInt(3) * 20L),
                                List.of(v, BigDecimal.valueOf(random.nextInt(101)))));
                    }
                }
                subjects.add(new SubjectInput("S" + i, "S" + i, null, values, Set.of(),
                        Map.of("P", random.nextInt(4), "M", random.nextInt(3))));
            }
            Evaluation e = ScoringEngine.evaluate(scheme, subjects, Set.of());
            assertThat(e.subjects()).hasSize(n);
            for (SubjectScore s : e.subjects()) {
                BigDecimal sum = s.leaves().stream().map(Evaluation.LeafScore::weighted)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal adjustments = s.adjustments().stream().map(Evaluation.AdjustmentScore::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum.add(adjustments)).as("run %d, %s", run, s.id()).isEqualByComparingTo(s.total());
                for (Node g : groups) {
                    BigDecimal leaves = s.leaves().stream().filter(l -> l.code().startsWith(g.code() + "."))
                            .map(Evaluation.LeafScore::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(s.groups().getOrDefault(g.code(), BigDecimal.ZERO)).isEqualByComparingTo(leaves);
                }
                assertThat(s.leaves()).allSatisfy(l -> {
                    assertThat(l.normalised()).isNotNull();
                    assertThat(l.weighted()).isNotNull();
                    assertThat(l.weighted().signum()).isGreaterThanOrEqualTo(0);
                });
                assertThat(s.status()).isEqualTo(Status.ELIGIBLE);
                long better = e.subjects().stream().filter(o -> o.total().compareTo(s.total()) > 0).count();
                assertThat(s.rank()).as("rank of %s in run %d", s.id(), run).isEqualTo((int) better + 1);
            }
            for (int i = 1; i < e.subjects().size(); i++) {
                assertThat(e.subjects().get(i - 1).total()).isGreaterThanOrEqualTo(e.subjects().get(i).total());
            }
        }
    }

    private static Node randomNode(Random random, String code, int depth, List<String> leafCodes) {
        BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(30));
        if (depth > 0 && (depth >= 3 || random.nextBoolean())) {
            leafCodes.add(code);
            Direction dir = random.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            MissingPolicy missing = MissingPolicy.values()[random.nextInt(3)];
            return Fixtures.leaf(code, weight.toPlainString(), randomRule(random), dir, missing);
        }
        List<Node> children = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            children.add(randomNode(random, code + "." + c, depth + 1, leafCodes));
        }
        return new Node(code, code, weight, children, null, SchemeReader.OFFICIAL);
    }

    private static ScoringRule randomRule(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new ScoringRule.MinMax();
            case 1 -> new ScoringRule.Efficacy(null, null);
            case 2 -> new ScoringRule.RatioToTarget(d("30"), d("1.2"));
            case 3 -> new ScoringRule.BaseYearIncrement(d("0.1"), d("1.5"));
            case 4 -> new ScoringRule.PerItem(d("3"), d("10"));
            case 5 -> new ScoringRule.ExpertScore(d("100"), ScoringRule.Aggregation.values()[random.nextInt(3)]);
            default -> new ScoringRule.Bands(List.of(new ScoringRule.Band(d("40"), true, null, false, d("3")),
                    new ScoringRule.Band(d("10"), false, d("40"), false, d("1"))));
        };
    }
}
