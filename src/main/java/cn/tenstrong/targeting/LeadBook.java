package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.org.Organization;

/**
 * 招商线索: a lead's owner (跟进单位) is a city bureau or a park. City bureaus see and change all their city's leads
 * (their parks' included), a park only its own, task forces read their industry's, administrators, leaders and
 * agencies read all (administrators change all). Changes are validated, version-checked and audited.
 */
public interface LeadBook {

    /** Leads the user may see, optionally of one stage. */
    List<Lead> leads(LeadStage stage);

    Lead require(long id);

    Lead create(LeadDraft draft);

    Lead update(long id, LeadDraft draft);

    /**
     * 转为线索: creates a lead for a recommended enterprise, with the chain's industry and the segment, and records
     * where it came from (chain, segment, the score shown). When the user's organisation already follows an open
     * lead for that enterprise, that lead is returned instead.
     */
    Lead fromRecommendation(long enterpriseId, String chainCode, String segmentCode, BigDecimal score);

    /**
     * Moves a lead forward (stages may be skipped; 签约 and 终止 end it). Signing a lead with an expected investment
     * creates a "双招双引"重点签约项目 in the project library, in the lead's city (and park), signed on that date.
     */
    default Lead move(long id, int version, LeadStage to, LocalDate on, String note) {
        return move(id, version, to, on, note, null);
    }

    /**
     * As {@link #move(long, int, LeadStage, LocalDate, String)}; signing may also say what the project KPIs need —
     * this year's planned investment and the planned start date — so the new project counts in 开工率 and
     * 投资完成率 at once (planned start not before the signing; yearly amount not above the expected investment).
     */
    Lead move(long id, int version, LeadStage to, LocalDate on, String note, ProjectPlan plan);

    /** 签约时的项目计划: 本年计划投资 (元) and 计划开工日期; either may be null. */
    record ProjectPlan(BigDecimal yearPlannedInvestment, LocalDate plannedStart) {
    }

    /** 添加跟进记录. */
    LeadActivity addActivity(long leadId, ActivityDraft draft);

    /** Whether the current user may change this lead. */
    boolean canEdit(Lead lead);

    /** Whether the current user may register leads at all. */
    boolean canCreate();

    /** The organisations the current user may make a lead's owner (its own first). */
    List<Organization> owners();

    /** 滞留线索 the user may see, as of a date. */
    List<Lead> staleLeads(LocalDate asOf);

    /** 滞留线索 owned by the current user's organisation, as of today (the home page's 我的待办). */
    List<Lead> myStaleLeads();

    /**
     * 滞留线索 owned by the user's organisation as of a date, for to-do lists and reminders; empty when the user may
     * not read leads.
     */
    List<Lead> staleLeadsFor(CurrentUser user, LocalDate asOf);

    /** 招商漏斗 over the leads the user may see; year of registration, or null for all years. */
    default LeadFunnel funnel(Integer year) {
        return funnel(year, null);
    }

    /**
     * 招商漏斗 as {@link #funnel(Integer)}, only the leads that came out of a 招商活动 when {@code eventId} is given (an
     * event the user may see: else NOT_FOUND / FORBIDDEN).
     */
    LeadFunnel funnel(Integer year, Long eventId);

    long countSigned(String industryCode, String cityCode, Integer year);

    /**
     * The leads on a chain that the user may see, by the stage each stood at on {@code asOf} (from its stage
     * history; leads registered after that day are left out). Every stage is present, 0 when none.
     */
    Map<LeadStage, Long> stagesOnChain(String chainCode, LocalDate asOf);
}
