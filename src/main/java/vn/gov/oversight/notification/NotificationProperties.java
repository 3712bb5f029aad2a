package vn.gov.oversight.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings beyond Spring's {@code spring.mail.*} (the SMTP server): the sender, the
 * address people open the links at, and how often mails a server refused are tried again.
 */
@ConfigurationProperties("oversight.notification")
record NotificationProperties(@DefaultValue("Hệ thống theo dõi giảm nghèo <khong-tra-loi@oversight.local>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("PT1M") Duration retryEvery) {
}
