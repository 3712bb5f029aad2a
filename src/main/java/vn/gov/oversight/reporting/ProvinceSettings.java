package vn.gov.oversight.reporting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province the application serves ({@code oversight.province}): its name heads and
 * places the report it sends upward, and the report goes to {@code report-recipients}.
 * Organisations change (DOMAIN §3), so neither is written in code.
 */
@ConfigurationProperties("oversight.province")
record ProvinceSettings(String name, List<String> reportRecipients) {

    static final String DEFAULT_NAME = "Ninh Bình";

    ProvinceSettings {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.trim();
        reportRecipients = reportRecipients == null ? List.of() : List.copyOf(reportRecipients);
    }
}
