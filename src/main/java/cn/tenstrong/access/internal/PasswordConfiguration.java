package cn.tenstrong.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 密码编码: needed by every start, with or without the web server (the command-line verbs create the demo accounts
 * on a fresh data directory), so it lives apart from the web-only {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // delegating: stored hashes carry their algorithm ({bcrypt}…), so the algorithm can change later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
