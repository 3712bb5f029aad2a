package vn.gov.oversight.deadline;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deadline statuses are judged and shown. {@code due-soon-within} is an ISO-8601
 * duration counted like every deadline ({@code P3D}: the deadline falls within the next
 * three working days). Labels and colours per status override the defaults of
 * {@link DeadlineStatus.Status}, e.g.
 * {@code oversight.deadlines.colours.open-overdue: "#c62828"}; no official colours exist.
 */
@ConfigurationProperties("oversight.deadlines")
record DeadlineStatusProperties(@DefaultValue("P3D") String dueSoonWithin, Map<DeadlineStatus.Status, String> labels,
        Map<DeadlineStatus.Status, String> colours) {

    DeadlineStatusProperties {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        colours = colours == null ? Map.of() : Map.copyOf(colours);
    }
}
