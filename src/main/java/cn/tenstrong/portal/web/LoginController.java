package cn.tenstrong.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录页. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }
}
