package cn.tenstrong.targeting;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.org.Organization;
import cn.tenstrong.project.Project;

/**
 * 招商活动: events with date, place, organiser, industry and chain, participating enterprises from the library, and
 * the leads (and, through them, projects) that came out of them. A city bureau sees and changes its city's events, a
 * park sees its city's and changes those it organises, a task force its industry's, administrators all; leaders
 * and provincial agencies read all. Changes are validated, version-checked (409) and audited.
 */
public interface EventBook {

    /** Events the user may see, newest first; each filter may be null. */
    List<InvestmentEvent> events(Integer year, String industryCode, String cityCode, EventType type);

    /** The event, NOT_FOUND when it does not exist, FORBIDDEN when outside the user's scope. */
    InvestmentEvent require(long id);

    InvestmentEvent create(EventDraft draft);

    InvestmentEvent update(long id, EventDraft draft);

    /** 添加参会企业 (from the enterprise library); version-checked. */
    InvestmentEvent addParticipant(long id, long enterpriseId, int version);

    /** 移除参会企业; version-checked. */
    InvestmentEvent removeParticipant(long id, long enterpriseId, int version);

    /** The leads the user may see that record this event as their origin. */
    List<Lead> leads(long id);

    /** The projects the user may see that came out of this event (signed from its leads). */
    List<Project> projects(long id);

    /** Counts per industry, city and type of the events held in a year up to a day, within the user's scope. */
    EventCounts counts(int year, LocalDate asOf);

    boolean canCreate();

    boolean canEdit(InvestmentEvent event);

    /** Organisations that may be named as 主办单位 (the directory without collective names). */
    List<Organization> organisers();
}
