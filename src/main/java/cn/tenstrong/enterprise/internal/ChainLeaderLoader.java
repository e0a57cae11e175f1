package cn.tenstrong.enterprise.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, after the enterprise loaders: stores new 链主 assignments and applies them to the enterprises
 * now in the library (the listed companies arrive with their own import; the assignments wait for them).
 */
@Component
@Order(48)
class ChainLeaderLoader implements ApplicationRunner {

    private final ChainLeaderService leaders;

    ChainLeaderLoader(ChainLeaderService leaders) {
        this.leaders = leaders;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stored = leaders.store();
        leaders.logOutcome(stored, leaders.apply());
    }
}
