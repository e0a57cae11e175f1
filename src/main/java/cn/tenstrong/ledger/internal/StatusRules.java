package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The status engine's thresholds (see README "Status rules"): progress at or above {@code onTrack} of the
 * expected share is 正常推进, at or above {@code behind} is 滞后, below it 严重滞后; a 左右 target is reached
 * within {@code approxTolerance} of its value.
 */
@ConfigurationProperties("platform.ledger.status")
record StatusRules(@DefaultValue("0.9") BigDecimal onTrack, @DefaultValue("0.7") BigDecimal behind,
                   @DefaultValue("0.05") BigDecimal approxTolerance) {

    static StatusRules defaults() {
        return new StatusRules(new BigDecimal("0.9"), new BigDecimal("0.7"), new BigDecimal("0.05"));
    }
}
