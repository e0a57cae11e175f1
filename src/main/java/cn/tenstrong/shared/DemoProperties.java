package cn.tenstrong.shared;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * 演示设置 ({@code platform.demo}): one record for every module's demo data, so each key is bound once with one
 * default (application.yml explains each).
 *
 * @param enabled               a demo installation (off under the prod profile): nothing below happens without it
 * @param projects              the demo project list (tests turn it off)
 * @param leads                 the demo leads (tests turn them off)
 * @param bindings              the demo's plan targets bound to live data (only with an {@code asOf})
 * @param evaluations           the finished demo evaluation rounds (tests turn them off)
 * @param clusterMinEnterprises the fewest real placed enterprises a city × industry needs to be a demo cluster
 * @param asOf                  the 演示时点 (yyyy-MM-dd), or none: today
 * @param syntheticEnterprises  how many synthetic enterprises a demo library gets, once (0: none)
 */
@ConfigurationProperties("platform.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("true") boolean projects,
                             @DefaultValue("true") boolean leads,
                             @DefaultValue("true") boolean bindings,
                             @DefaultValue("true") boolean evaluations,
                             @DefaultValue("3") int clusterMinEnterprises,
                             @Name("as-of") LocalDate asOf,
                             @DefaultValue("0") long syntheticEnterprises) {
}
