package cn.tenstrong.plan.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.org.Industry;

/** Finds the programme industry a plan belongs to from its title ("01新一代信息技术产业2022年行动计划"). */
final class IndustryMatcher {

    private final List<Industry> industries;

    IndustryMatcher(List<Industry> industries) {
        this.industries = industries;
    }

    /** The industry whose title keyword (or else name) the plan's title contains; the longest match wins. */
    Optional<Industry> match(String title, String industryName) {
        String t = title == null ? "" : title;
        Optional<Industry> byKeyword = industries.stream().filter(i -> t.contains(i.planTitleKeyword()))
                .max(Comparator.comparingInt(i -> i.planTitleKeyword().length()));
        if (byKeyword.isPresent()) {
            return byKeyword;
        }
        String name = industryName == null ? "" : industryName;
        return industries.stream().filter(i -> t.contains(i.name()) || name.contains(i.name()) || i.name().equals(name))
                .max(Comparator.comparingInt(i -> i.name().length()));
    }
}
