package vn.gov.oversight.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.gov.oversight.OversightApplication;

/**
 * The application's clock in integration tests: real time, which a test may move forward
 * to see a dated change take effect, and must {@link #reset()} afterwards.
 */
public class MutableClock extends Clock {

    private final ZoneId zone = ZoneId.of(OversightApplication.TIME_ZONE);

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

    }

}
