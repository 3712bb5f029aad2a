package vn.gov.oversight.system.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@link ErrorBodyShield} in front of every API (the application's and both of
 * Camunda's) and of the pages, where it only answers a database outage.
 */
@Configuration(proxyBeanMethods = false)
class ErrorShieldConfiguration {

    @Bean
    FilterRegistrationBean<ErrorBodyShield> errorBodyShield(ObjectMapper objectMapper) {
        FilterRegistrationBean<ErrorBodyShield> registration = new FilterRegistrationBean<>(
                new ErrorBodyShield(objectMapper));
        registration.setName("error-body-shield");
        registration.addUrlPatterns("/*");
        // outermost: whatever any filter or resource behind answers passes through it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

}
