package cn.tenstrong.enterprise.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.enterprise}: whether the bundled public listed-company data (enterprise/reference) is loaded on
 * start, demo or not. It is loaded once per version of the files (their checksum).
 *
 * @param publicData load the public data
 */
@ConfigurationProperties("platform.enterprise")
record EnterpriseDataProperties(@DefaultValue("true") boolean publicData) {
}
