package cn.tenstrong.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * 当前时点: the day the programme is looked at when nobody names one — today, or on a demo installation started
 * with {@code platform.demo.as-of} that day (演示时点), so a demo of a past plan year shows the year in motion
 * (statuses, KPIs, funnels) instead of its end. The clock itself is not moved: what users do is stamped with the
 * real time; only the default 评估日期 and the "now" of live values follow the demo's day.
 */
@Component
public class Present {

    private final Clock clock;
    private final LocalDate demoAsOf;

    Present(Clock clock, DemoProperties demo) {
        this.clock = clock;
        this.demoAsOf = demo.enabled() ? demo.asOf() : null;
    }

    /** The 演示时点 when this is a demo running as of a day, else today by the clock. */
    public LocalDate today() {
        return demoAsOf != null ? demoAsOf : LocalDate.now(clock);
    }

    /** The 演示时点 of a demo installation, empty otherwise (shown in the page header). */
    public Optional<LocalDate> demoAsOf() {
        return Optional.ofNullable(demoAsOf);
    }
}
