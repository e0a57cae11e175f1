package cn.tenstrong.targeting;

import java.time.LocalDate;
import java.util.List;

/**
 * 招商线索: a city bureau keeps its city's leads; task forces read their industry's, administrators, leaders and
 * agencies all. Changes are validated, version-checked and audited.
 */
public interface LeadBook {

    /** Leads the user may see, optionally of one stage. */
    List<Lead> leads(LeadStage stage);

    Lead require(long id);

    Lead create(LeadDraft draft);

    Lead update(long id, LeadDraft draft);

    /**
     * Moves a lead forward (stages may be skipped; 签约 and 终止 end it). Signing a lead with an expected investment
     * creates a "双招双引"重点签约项目 in the project library, in the lead's city, signed on that date.
     */
    Lead move(long id, int version, LeadStage to, LocalDate on, String note);

    long countSigned(String industryCode, String cityCode, Integer year);
}
