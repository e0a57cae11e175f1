package cn.tenstrong.targeting;

import java.time.LocalDate;

/**
 * Test-data builder for {@link EventDraft} (招商活动): a 项目推介会 of industry 01 held on 2022-03-01 in 济南市历下区,
 * without venue, chain, description or participants, unless a test says otherwise; the organiser is always named.
 */
public final class EventDrafts {

    private final String name;
    private final long organiserOrgId;
    private EventType type = EventType.PROMOTION;
    private LocalDate heldOn = LocalDate.of(2022, 3, 1);
    private String regionCode = "370102";
    private String outsidePlace;
    private String venue = "";
    private String industryCode = "01";
    private String chainCode;
    private String description = "";
    private int version;

    private EventDrafts(String name, long organiserOrgId) {
        this.name = name;
        this.organiserOrgId = organiserOrgId;
    }

    /** A new event of this name organised by this organisation (主办单位). */
    public static EventDrafts named(String name, long organiserOrgId) {
        return new EventDrafts(name, organiserOrgId);
    }

    /** The draft that changes an event (its fields as they are) to this name and organiser. */
    public static EventDrafts editing(InvestmentEvent e, String name, long organiserOrgId) {
        EventDrafts d = new EventDrafts(name, organiserOrgId).type(e.type()).heldOn(e.heldOn()).venue(e.venue())
                .industry(e.industryCode()).chain(e.chainCode()).description(e.description()).version(e.version());
        d.regionCode = e.regionCode();
        return d;
    }

    public EventDrafts type(EventType type) {
        this.type = type;
        return this;
    }

    public EventDrafts heldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
        return this;
    }

    /** Held in this Shandong city or county. */
    public EventDrafts region(String regionCode) {
        this.regionCode = regionCode;
        this.outsidePlace = null;
        return this;
    }

    /** Held outside Shandong, at this place. */
    public EventDrafts outside(String place) {
        this.regionCode = null;
        this.outsidePlace = place;
        return this;
    }

    public EventDrafts venue(String venue) {
        this.venue = venue;
        return this;
    }

    public EventDrafts industry(String industryCode) {
        this.industryCode = industryCode;
        return this;
    }

    public EventDrafts chain(String chainCode) {
        this.chainCode = chainCode;
        return this;
    }

    public EventDrafts description(String description) {
        this.description = description;
        return this;
    }

    public EventDrafts version(int version) {
        this.version = version;
        return this;
    }

    public EventDraft build() {
        return new EventDraft(name, type, heldOn, regionCode, outsidePlace, venue, organiserOrgId, industryCode, chainCode,
                description, null, version);
    }
}
