package cn.tenstrong.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;

/** What the home page, the morning digest and the cockpit show of 督导整改. */
public interface SupervisionBoard {

    /** 我的待办: an owner's 整改 to report, returned or overdue; a task force's reports to verify and 回头看 due. */
    List<SupervisionTodo> todosFor(CurrentUser user);

    /** The current user's to-dos (none when nobody is logged in). */
    List<SupervisionTodo> todos();

    /** Per industry code (of the inspection), the 整改 counts on a day. */
    Map<String, SupervisionCounts> countsByIndustry(LocalDate asOf);

    /** The counts of the industries under a code (null for all) on a day. */
    SupervisionCounts counts(String industryCode, LocalDate asOf);

    /** The 当前时点 supervision pages judge on by default (today, or a demo's 演示时点). */
    LocalDate today();
}
