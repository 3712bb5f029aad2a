package vn.gov.oversight.system.engine;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.gov.oversight.system.PasswordRules;

/**
 * Outside the demo, the administrator's password must come from the environment: without
 * one the starter would create the administrator with its user id as password. Checked
 * before any bean exists, so nothing reaches the database. Registered in
 * {@code META-INF/spring.factories}.
 */
public class AdminPasswordRequirement implements EnvironmentPostProcessor {

    static final String PRODUCTION_PROFILE = "postgres";
    static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE);
        String password = environment.getProperty(PASSWORD_PROPERTY);
        if (production && (password == null || password.isBlank())) {
            throw new IllegalStateException("Profile '" + PRODUCTION_PROFILE + "' needs the administrator's "
                    + "password in the environment variable OVERSIGHT_ADMIN_PASSWORD; refusing to start.");
        }
        if (production) {
            int minLength = environment.getProperty("oversight.security.password-min-length", Integer.class,
                    PasswordRules.DEFAULT_MIN_LENGTH);
            var problems = new PasswordRules(minLength).problems(password,
                    environment.getProperty("camunda.bpm.admin-user.id", "admin"));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("OVERSIGHT_ADMIN_PASSWORD does not meet the password policy ("
                        + String.join("; ", problems) + "); refusing to start.");
            }
        }
    }

}
