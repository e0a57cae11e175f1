package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.tenstrong.ledger.TargetProfile;
import cn.tenstrong.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 进度曲线 rules: what a curve may be, the default rule as a curve, presets fitted to a deadline, interpolation. */
class ProfileCurveTest {

    private static final LocalDate END_OF_YEAR = LocalDate.of(2022, 12, 31);

    private static List<BigDecimal> curve(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static final List<BigDecimal> BACK_LOADED = curve("3", "7", "12", "18", "25", "33", "42", "52", "63", "75", "87", "100");

    private static String problem(List<BigDecimal> values, int dueMonth, LocalDate deadline) {
        try {
            ProfileCurve.validate(values, dueMonth, deadline);
        } catch (DomainException e) {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + values);
    }

    @Test
    void aNonDecreasingCurveEndingAt100IsAcceptedAsTyped() {
        List<BigDecimal> ok = ProfileCurve.validate(curve("0", "0", "10.50", "20", "20", "33.33", "50", "60", "70", "80",
                "90", "100.00"), 12, END_OF_YEAR);
        assertThat(ok).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "0", "10.5", "20", "20", "33.33", "50", "60", "70", "80", "90", "100");
        assertThat(ProfileCurve.shares(ok).get(2)).isEqualByComparingTo("0.105");
    }

    @Test
    void twelveMonthsAreRequired() {
        assertThatThrownBy(() -> ProfileCurve.validate(curve("50", "100"), 12, END_OF_YEAR))
                .isInstanceOf(DomainException.class).hasMessageContaining("12个").hasMessageContaining("收到2个");
        assertThatThrownBy(() -> ProfileCurve.validate(null, 12, END_OF_YEAR)).hasMessageContaining("收到0个");
        assertThat(problem(curve("10", null, "30", "40", "50", "60", "70", "80", "90", "95", "98", "100"), 12, END_OF_YEAR))
                .contains("2月未填写");
    }

    @Test
    void percentagesStayBetween0And100WithTwoDecimals() {
        assertThat(problem(curve("-5", "10", "20", "30", "40", "50", "60", "70", "80", "90", "95", "100"), 12, END_OF_YEAR))
                .contains("1月的累计百分比须在0到100之间，填写的是-5");
        assertThat(problem(curve("10", "20", "30", "40", "50", "60", "70", "80", "90", "95", "120", "100"), 12, END_OF_YEAR))
                .contains("11月的累计百分比须在0到100之间，填写的是120");
        assertThat(problem(curve("8.333", "16.67", "25", "33.33", "41.67", "50", "58.33", "66.67", "75", "83.33", "91.67",
                "100"), 12, END_OF_YEAR)).contains("1月的累计百分比最多保留两位小数：8.333");
    }

    @Test
    void aCumulativeCurveNeverGoesDown() {
        String message = problem(curve("10", "20", "15", "40", "50", "60", "70", "80", "90", "95", "98", "100"), 12, END_OF_YEAR);
        assertThat(message).startsWith("进度曲线有误：").contains("累计百分比不能回落：3月（15%）低于2月（20%）");
    }

    @Test
    void decemberIs100() {
        assertThat(problem(curve("10", "20", "30", "40", "50", "60", "70", "80", "90", "95", "98", "99"), 12, END_OF_YEAR))
                .contains("12月须为100%").contains("填写的是99%");
    }

    @Test
    void aTargetDueMidYearReaches100InItsDeadlineMonth() {
        LocalDate june = LocalDate.of(2022, 6, 30);
        assertThat(ProfileCurve.dueMonth(2022, june)).isEqualTo(6);
        assertThat(problem(BACK_LOADED, 6, june)).contains("该指标的完成时限为2022-06-30，6月须达到100%，填写的是33%");
        assertThat(ProfileCurve.validate(curve("10", "20", "40", "60", "80", "100", "100", "100", "100", "100", "100", "100"),
                6, june)).hasSize(12);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        String message = problem(curve("-1", "20", "10", "40", "50", "60", "70", "80", "90", "95", "98", "90"), 12, END_OF_YEAR);
        assertThat(message.split("；")).hasSize(4); // January out of range, March and December go down, December ≠ 100
    }

    @Test
    void theDefaultRuleAsACurveIsTheElapsedShareOfTimeAtEachMonthEnd() {
        List<BigDecimal> linear = ProfileCurve.linear(2022, END_OF_YEAR);
        assertThat(linear.get(0)).isEqualByComparingTo("8.49");    // 31 of 365 days
        assertThat(linear.get(5)).isEqualByComparingTo("49.59");   // 181 of 365
        assertThat(linear.get(11)).isEqualByComparingTo("100");
        List<BigDecimal> june = ProfileCurve.linear(2022, LocalDate.of(2022, 6, 30));
        assertThat(june.get(5)).isEqualByComparingTo("100");
        assertThat(june.get(8)).isEqualByComparingTo("100");
    }

    @Test
    void presetsAreStretchedOverTheMonthsToTheDeadline() {
        assertThat(ProfileCurve.fit(BACK_LOADED, 12)).isEqualTo(BACK_LOADED);
        List<BigDecimal> quarterEnd = curve("5", "10", "25", "30", "35", "50", "55", "60", "75", "80", "85", "100");
        assertThat(ProfileCurve.fit(quarterEnd, 6)).extracting(BigDecimal::toPlainString)
                .containsExactly("10", "30", "50", "60", "80", "100", "100", "100", "100", "100", "100", "100");
        List<BigDecimal> nine = ProfileCurve.fit(BACK_LOADED, 9);
        ProfileCurve.validate(nine, 9, LocalDate.of(2022, 9, 30)); // still a valid curve
        assertThat(nine.get(0)).isEqualByComparingTo("4.33");       // a third of the way from 3 (Jan) to 7 (Feb)
    }

    @Test
    void theExpectedShareRisesEvenlyWithinAMonth() {
        List<BigDecimal> shares = ProfileCurve.shares(BACK_LOADED);
        assertThat(ProfileCurve.expectedShare(shares, 2022, LocalDate.of(2022, 5, 31))).isEqualByComparingTo("0.25");
        assertThat(ProfileCurve.expectedShare(shares, 2022, LocalDate.of(2022, 1, 31))).isEqualByComparingTo("0.03");
        // halfway through June (15 of 30 days): halfway from May's 25% to June's 33%
        assertThat(ProfileCurve.expectedShare(shares, 2022, LocalDate.of(2022, 6, 15))).isEqualByComparingTo("0.29");
        assertThat(ProfileCurve.expectedShare(shares, 2022, LocalDate.of(2021, 12, 31))).isEqualByComparingTo("0");
        assertThat(ProfileCurve.expectedShare(shares, 2022, LocalDate.of(2023, 1, 1))).isEqualByComparingTo("1");
    }

    @Test
    void anEvenPresetJudgesLikeTheDefaultRule() {
        StatusEngine engine = new StatusEngine(StatusRules.defaults());
        StatusEngine.TargetSpec spec = new StatusEngine.TargetSpec(cn.tenstrong.plan.Qualifier.MIN, new BigDecimal("100"), null, null);
        List<BigDecimal> even = ProfileCurve.shares(new ProfilePresets().all().get(0).monthly());
        LocalDate start = LocalDate.of(2022, 1, 1);
        for (LocalDate day = start; day.getYear() == 2022; day = day.plusDays(7)) {
            BigDecimal byCurve = ProfileCurve.expectedShare(even, 2022, day);
            BigDecimal byTime = StatusEngine.elapsed(start, END_OF_YEAR, day);
            assertThat(byCurve.subtract(byTime).abs()).as(day.toString()).isLessThan(new BigDecimal("0.01"));
            BigDecimal reached = byTime.multiply(new BigDecimal("95"));
            assertThat(engine.target(spec, start, END_OF_YEAR, reached, byCurve, day))
                    .isEqualTo(engine.target(spec, start, END_OF_YEAR, reached, null, day));
        }
    }

    @Test
    void theShippedPresetsAreValidCurves() {
        List<TargetProfile.Preset> presets = new ProfilePresets().all();
        assertThat(presets).extracting(TargetProfile.Preset::code)
                .contains("LINEAR", "BACK_LOADED", "QUARTER_END");
        assertThat(presets).allSatisfy(p -> {
            assertThat(p.monthly()).hasSize(12);
            assertThat(p.monthly().get(11)).isEqualByComparingTo("100");
        });
        assertThat(new ProfilePresets().fittedTo(6)).allSatisfy(p -> assertThat(p.monthly().get(5)).isEqualByComparingTo("100"));
    }

    @Test
    void aBrokenPresetStopsTheStartNamingIt() {
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        Map<String, String> row = new java.util.HashMap<>(Map.of("code", "WRONG", "name", "错误", "description", ""));
        for (int m = 1; m <= 12; m++) {
            row.put("m" + m, m == 12 ? "90" : Integer.toString(m * 5));
        }
        rows.add(row);
        assertThatThrownBy(() -> new ProfilePresets(rows)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WRONG").hasMessageContaining("12月须为100%");
    }
}
