package cn.tenstrong.evaluation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.demo}: whether this is a demo installation (off under the prod profile) and whether it gets the
 * finished demo evaluation rounds ({@code platform.demo.evaluations}; tests turn it off), and the fewest real
 * enterprises a city × industry needs to be a demo cluster ({@code platform.demo.cluster-min-enterprises}).
 */
@ConfigurationProperties("platform.demo")
record DemoEvaluationProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean evaluations,
                                @DefaultValue("3") int clusterMinEnterprises) {
}
