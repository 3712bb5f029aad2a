package vn.gov.oversight.system.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The oversight pages' login form, in Vietnamese; Spring Security checks what it posts.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

}
