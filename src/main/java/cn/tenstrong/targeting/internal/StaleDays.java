package cn.tenstrong.targeting.internal;

import cn.tenstrong.targeting.LeadStage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 响应时限: the most days a lead may stay in a stage without a follow-up or a stage change before it is 滞留
 * (platform.targeting.stale-days.lead / contacted / visited / negotiating).
 *
 * @param lead        线索 (default 14)
 * @param contacted   接洽 (default 30)
 * @param visited     考察 (default 30)
 * @param negotiating 洽谈 (default 60)
 */
@ConfigurationProperties("platform.targeting.stale-days")
record StaleDays(@DefaultValue("14") int lead, @DefaultValue("30") int contacted, @DefaultValue("30") int visited,
                 @DefaultValue("60") int negotiating) {

    StaleDays {
        if (lead < 1 || contacted < 1 || visited < 1 || negotiating < 1) {
            throw new IllegalArgumentException("platform.targeting.stale-days: every limit must be at least 1 day");
        }
    }

    static StaleDays defaults() {
        return new StaleDays(14, 30, 30, 60);
    }

    /** The limit of a stage, null for 签约 and 终止 (closed leads are never stale). */
    Integer limit(LeadStage stage) {
        return switch (stage) {
            case LEAD -> lead;
            case CONTACTED -> contacted;
            case VISITED -> visited;
            case NEGOTIATING -> negotiating;
            case SIGNED, DROPPED -> null;
        };
    }
}
