package cn.tenstrong.targeting;

import java.math.BigDecimal;

/**
 * Test-data builder for {@link LeadDraft} (招商线索): a lead on an enterprise named but not in the library, industry
 * 01, no segment, investment, contact or notes, owned by the creator's organisation unless a test says otherwise.
 */
public final class LeadDrafts {

    private Long enterpriseId;
    private String enterpriseName;
    private String industryCode = "01";
    private String segment = "";
    private BigDecimal expectedInvestment;
    private String contact = "";
    private String notes = "";
    private Long ownerOrgId;
    private int version;
    private Long eventId;

    private LeadDrafts() {
    }

    /** A lead on an enterprise known by its name only. */
    public static LeadDrafts on(String enterpriseName) {
        LeadDrafts d = new LeadDrafts();
        d.enterpriseName = enterpriseName;
        return d;
    }

    /** A lead on an enterprise of the library. */
    public static LeadDrafts onEnterprise(long enterpriseId) {
        LeadDrafts d = new LeadDrafts();
        d.enterpriseId = enterpriseId;
        return d;
    }

    public LeadDrafts industry(String industryCode) {
        this.industryCode = industryCode;
        return this;
    }

    /** "chainCode/segmentCode". */
    public LeadDrafts segment(String segment) {
        this.segment = segment;
        return this;
    }

    /** Expected investment in 元, as text. */
    public LeadDrafts investment(String yuan) {
        this.expectedInvestment = new BigDecimal(yuan);
        return this;
    }

    public LeadDrafts contact(String contact) {
        this.contact = contact;
        return this;
    }

    public LeadDrafts notes(String notes) {
        this.notes = notes;
        return this;
    }

    /** 跟进单位. */
    public LeadDrafts owner(Long ownerOrgId) {
        this.ownerOrgId = ownerOrgId;
        return this;
    }

    /** 来源招商活动. */
    public LeadDrafts event(Long eventId) {
        this.eventId = eventId;
        return this;
    }

    /** The version read, for an edit. */
    public LeadDrafts version(int version) {
        this.version = version;
        return this;
    }

    public LeadDraft build() {
        return new LeadDraft(enterpriseId, enterpriseName, industryCode, segment, expectedInvestment, contact, notes,
                ownerOrgId, version, eventId);
    }
}
