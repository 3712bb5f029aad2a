package vn.gov.oversight.system;

import java.util.List;

/**
 * Whoever loads demo users says here how to log in as them; the start-up banner prints
 * it.
 */
public interface DemoLogins {

    List<Login> demoLogins();

    record Login(String userId, String password, String description) {
    }

}
