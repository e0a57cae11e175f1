package cn.tenstrong.enterprise.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.enterprise}: whether the bundled public listed-company data (enterprise/reference) is loaded on
 * start, demo or not (once per version of the files, their checksum), and how few enterprises a segment may have
 * before its Shandong share is judged at all.
 *
 * @param publicData load the public data
 * @param gapMinPlaced 样本下限: a leaf with fewer placed enterprises than this is not judged by its Shandong share
 *                     (one Shandong firm of three says nothing about a location quotient); it says 样本不足 instead
 */
@ConfigurationProperties("platform.enterprise")
record EnterpriseDataProperties(@DefaultValue("true") boolean publicData, @DefaultValue("5") int gapMinPlaced) {

    EnterpriseDataProperties {
        if (gapMinPlaced < 1) {
            throw new IllegalStateException("platform.enterprise.gap-min-placed 应为正整数：" + gapMinPlaced);
        }
    }
}
