package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.oversight.system.TaskCompletionRule;

/** The engine plug-ins of the system module (the starter picks up every plug-in bean). */
@Configuration(proxyBeanMethods = false)
class EnginePlugins {

    @Bean
    TaskWorkRetryPlugin taskWorkRetryPlugin() {
        return new TaskWorkRetryPlugin();
    }

    @Bean
    TaskCompletionValidationPlugin taskCompletionValidationPlugin(ObjectProvider<TaskCompletionRule> moduleRules) {
        CamundaFormRule forms = new CamundaFormRule();
        return new TaskCompletionValidationPlugin(() -> {
            List<TaskCompletionRule> rules = new ArrayList<>();
            rules.add(forms);
            moduleRules.orderedStream().forEach(rules::add);
            return rules;
        });
    }
}
