package cn.tenstrong.project.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.demo}: whether this is a demo installation (off under the prod profile) and whether it gets the
 * demo project list ({@code platform.demo.projects}; tests turn it off).
 */
@ConfigurationProperties("platform.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean projects) {
}
