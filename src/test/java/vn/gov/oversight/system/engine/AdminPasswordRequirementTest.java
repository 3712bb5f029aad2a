package vn.gov.oversight.system.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordRequirementTest {

    @Test
    void productionWithoutAnAdministratorPasswordRefusesToStart() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty("camunda.bpm.admin-user.password", "");

        assertThatThrownBy(() -> AdminPasswordRequirement.check(environment)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("OVERSIGHT_ADMIN_PASSWORD");
    }

    @Test
    void productionWithAPasswordStarts() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty("camunda.bpm.admin-user.password", "Ngay-mai-troi-lai-sang-2026");

        assertThatCode(() -> AdminPasswordRequirement.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void theDemoNeedsNoEnvironment() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");

        assertThatCode(() -> AdminPasswordRequirement.check(environment)).doesNotThrowAnyException();
    }

}
