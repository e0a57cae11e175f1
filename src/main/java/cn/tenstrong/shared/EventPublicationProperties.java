package cn.tenstrong.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 事件发布登记 (Spring Modulith's event publication registry, table {@code event_publication}): how its incomplete
 * publications are taken up again while the platform runs, and how long completed ones are kept.
 *
 * @param retryInterval how often one node of the cluster looks for incomplete publications
 * @param retryAfter    a publication still incomplete this long after it was published (its listener failed, or the
 *                      node running it died) is published again; longer than the slowest listener (re-placing up to
 *                      50,000 enterprises after a segment edit), since a run still going would be started twice
 * @param keepCompleted completed publications are deleted once this old (they only serve to look into what ran)
 * @param purgeCron     when the deletion runs (zone {@code platform.zone})
 */
@ConfigurationProperties("platform.events")
record EventPublicationProperties(@DefaultValue("5m") Duration retryInterval, @DefaultValue("15m") Duration retryAfter,
                                  @DefaultValue("7d") Duration keepCompleted,
                                  @DefaultValue("0 30 3 * * *") String purgeCron) {
}
