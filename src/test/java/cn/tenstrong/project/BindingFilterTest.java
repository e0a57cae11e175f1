package cn.tenstrong.project;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindingFilterTest {

    private final BindingFilter year2022 = new BindingFilter(null, null, null, 2022, null, null);

    @Test
    void aDayInTheYearCountsFromItsFirstDayUpToThatDay() {
        assertThat(year2022.yearUpTo(LocalDate.of(2022, 6, 19))).contains(
                new BindingFilter.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 19)));
        assertThat(year2022.yearUpTo(LocalDate.of(2022, 1, 1))).contains(
                new BindingFilter.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1)));
    }

    @Test
    void aDayAfterTheYearCountsTheWholeYearAndADayBeforeItNothing() {
        assertThat(year2022.yearUpTo(LocalDate.of(2023, 3, 1))).contains(
                new BindingFilter.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(year2022.yearUpTo(LocalDate.of(2021, 12, 31))).isEmpty();
    }
}
