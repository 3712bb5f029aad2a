package vn.gov.oversight.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: Vietnam's, so that "today" is the officials' today.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.system(PeopleDates.VIETNAM);
    }

}
