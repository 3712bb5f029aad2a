package vn.gov.oversight.system.engine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.oversight.system.PasswordRules;
import vn.gov.oversight.system.TaskCompletionRule;
import vn.gov.oversight.system.TaskDisplayValues;

/** The engine plug-ins of the system module (the starter picks up every plug-in bean). */
@Configuration(proxyBeanMethods = false)
class EnginePlugins {

    @Bean
    TaskWorkRetryPlugin taskWorkRetryPlugin() {
        return new TaskWorkRetryPlugin();
    }

    @Bean
    TaskCompletionValidationPlugin taskCompletionValidationPlugin(ObjectProvider<TaskCompletionRule> moduleRules) {
        return new TaskCompletionValidationPlugin(new CamundaFormRule(), () -> moduleRules.orderedStream().toList());
    }

    @Bean
    FormDisplayValuesPlugin formDisplayValuesPlugin(ObjectProvider<TaskDisplayValues> providers) {
        return new FormDisplayValuesPlugin(() -> providers.orderedStream().toList());
    }

    @Bean
    JobDueDateIndexPlugin jobDueDateIndexPlugin() {
        return new JobDueDateIndexPlugin();
    }

    @Bean
    EngineGuardPlugin engineGuardPlugin(PasswordRules passwordRules) {
        return new EngineGuardPlugin(passwordRules);
    }

    @Bean
    PasswordSecurityPlugin passwordSecurityPlugin(PasswordRules passwordRules,
            @Value("${oversight.security.bcrypt-strength:10}") int bcryptStrength) {
        return new PasswordSecurityPlugin(bcryptStrength, passwordRules);
    }

    @Bean
    PasswordRules passwordRules(@Value("${oversight.security.password-min-length:" + PasswordRules.DEFAULT_MIN_LENGTH
            + "}") int minLength) {
        return new PasswordRules(minLength);
    }

}
