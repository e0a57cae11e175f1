package cn.tenstrong.portal.web;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page's model for the top bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final CurrentUsers users;
    private final java.time.Clock clock;
    private final cn.tenstrong.shared.Present present;

    CurrentUserAdvice(CurrentUsers users, java.time.Clock clock, cn.tenstrong.shared.Present present) {
        this.present = present;
        this.users = users;
        this.clock = clock;
    }

    /** Times are stored as instants and shown in the platform's zone. */
    @ModelAttribute("platformZone")
    java.time.ZoneId platformZone() {
        return clock.getZone();
    }

    /** 演示时点 in the header of a demo running as of a day (null otherwise). */
    @ModelAttribute("demoAsOf")
    java.time.LocalDate demoAsOf() {
        return present.demoAsOf().orElse(null);
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }
}
