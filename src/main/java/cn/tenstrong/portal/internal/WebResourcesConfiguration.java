package cn.tenstrong.portal.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Keeps the resource chain (it resolves version-less webjar paths such as /webjars/echarts/dist/echarts.min.js)
 * but switches off the filter that rewrites every link a page renders: it looks each link up on the classpath,
 * which inside the executable jar cost ~20 ms per page. Our pages link to webjars without versions on purpose.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfiguration {

    /** Boot's Thymeleaf configuration registers this filter only when no registration of it exists yet. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
