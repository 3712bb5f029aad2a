package vn.gov.oversight.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.system.DemoLogins;
import vn.gov.oversight.system.StartupOrder;

/**
 * Brings the demo from 2021 to today, the way the province lived it: after Plan 151, its
 * tasks, the current reporting period and the demo inspection were loaded for the 2021
 * directory, the changes of 2025 are recorded as an administrator would record them (Hoa
 * Lư city, the departments reorganised, the districts ended and their work shared among
 * the new communes and wards, or handed back), so that today's agencies hold the open
 * work and the history shows where it came from. Idempotent; only in the demo profile.
 */
@Component
@Order(StartupOrder.DEMO_HISTORY)
@ConditionalOnProperty(name = "oversight.demo.seed-history", havingValue = "true")
class DemoHistorySeeder implements ApplicationRunner, DemoLogins {

    static final String SEED = "seed/ninh-binh-history.json";

    private static final Logger log = LoggerFactory.getLogger(DemoHistorySeeder.class);

    private final Directory directory;

    private final Successions successions;

    private final DemoMembers members;

    private final ObjectMapper objectMapper;

    private final String password;

    DemoHistorySeeder(Directory directory, Successions successions, DemoMembers members, ObjectMapper objectMapper,
            @Value("${oversight.demo.password}") String password) {
        this.directory = directory;
        this.successions = successions;
        this.members = members;
        this.objectMapper = objectMapper;
        this.password = password;
    }

    record Seed(List<Directory.AgencyDraft> agencies, List<DemoMembers.SeedMember> members,
            List<SeedSuccession> successions) {
    }

    record SeedSuccession(String predecessor, String successorCode, LocalDate effectiveOn,
            Succession.Remainder remainder, String decision, List<SuccessionShare> shares) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Seed seed;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            seed = objectMapper.readValue(in, Seed.class);
        }
        int created = 0;
        for (Directory.AgencyDraft agency : seed.agencies()) {
            if (directory.agency(agency.code()).isEmpty()) {
                directory.createAgency(agency);
                created++;
            }
        }
        for (DemoMembers.SeedMember member : seed.members()) {
            if (members.add(member, directory.agency(member.agency()).orElseThrow().validFrom())) {
                created++;
            }
        }
        for (SeedSuccession succession : seed.successions()) {
            if (directory.successions().stream().noneMatch(s -> s.predecessorCode().equals(succession.predecessor()))) {
                successions.record(succession.predecessor(), new Successions.Request(succession.successorCode(),
                        succession.effectiveOn(), succession.remainder(), succession.decision(), succession.shares()));
                created++;
            }
        }
        log.info("Demo history of Ninh Bình since 2021: {} entries created", created);
    }

    @Override
    public List<Login> demoLogins() {
        return List.of(
                new Login("canbo.so-nn-mt", password,
                        "Cán bộ Sở Nông nghiệp và Môi trường: cơ quan thường trực từ 01/03/2025"),
                new Login("thutruong.so-nn-mt", password, "Giám đốc Sở Nông nghiệp và Môi trường"),
                new Login("thutruong.so-noi-vu", password, "Giám đốc Sở Nội vụ (việc làm, lao động từ 01/03/2025)"),
                new Login("canbo.ubnd-xa-yen-mo", password, "Cán bộ UBND xã Yên Mô (từ 01/07/2025)"),
                new Login("thutruong.ubnd-phuong-hoa-lu", password, "Chủ tịch UBND phường Hoa Lư"));
    }

}
