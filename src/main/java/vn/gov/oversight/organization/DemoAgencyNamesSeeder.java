package vn.gov.oversight.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.StartupOrder;

/**
 * Loads the other names by which Ninh Bình's appendices write the demo directory's
 * agencies (abbreviations, shorter forms), after the directory itself. Idempotent: a name
 * already known is skipped.
 */
@Component
@Order(StartupOrder.DEMO_AGENCY_NAMES)
@ConditionalOnProperty(name = "oversight.demo.seed-directory", havingValue = "true")
class DemoAgencyNamesSeeder implements ApplicationRunner {

    static final String SEED = "seed/ninh-binh-agency-names.json";

    private static final Logger log = LoggerFactory.getLogger(DemoAgencyNamesSeeder.class);

    private final AgencyNames names;

    private final Directory directory;

    private final ObjectMapper objectMapper;

    DemoAgencyNamesSeeder(AgencyNames names, Directory directory, ObjectMapper objectMapper) {
        this.names = names;
        this.directory = directory;
        this.objectMapper = objectMapper;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Map<String, List<String>> aliases;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            aliases = objectMapper.readValue(in, new TypeReference<Map<String, Map<String, List<String>>>>() {
            }).get("aliases");
        }
        int added = 0;
        AgencyNameLookup known = names.on(directory.today());
        for (Map.Entry<String, List<String>> agency : aliases.entrySet()) {
            if (directory.agency(agency.getKey()).isEmpty()) {
                continue;
            }
            for (String alias : agency.getValue()) {
                if (known.holderOf(alias).isEmpty()) {
                    names.addAlias(agency.getKey(), alias, "demo");
                    added++;
                }
            }
        }
        log.info("Demo agency names of Ninh Bình: {} aliases added", added);
    }

}
