package cn.tenstrong.targeting;

import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseTag;

/**
 * A task force's weights for its chain; the six maxima must add up to 100. {@code version} is the version read
 * (0 when no override exists yet).
 *
 * @param tagPoints points per honour tag; a tag left out earns none
 */
public record WeightsChange(int product, int description, int code, int tags, int scale, int relations,
                            Map<EnterpriseTag, Integer> tagPoints, int version) {
}
