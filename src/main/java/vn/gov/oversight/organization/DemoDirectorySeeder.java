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
 * Loads the Ninh Bình directory as it stood for Plan 151 (2021: DOLISA coordinating, the
 * departments, two cities and six districts, the mass organisations, the Social Policy
 * Bank, a steering committee) through the same {@link Directory} calls an administrator
 * would make. Idempotent: what exists is kept. Only in the demo profile, which also
 * prints how to log in.
 */
@Component
@Order(StartupOrder.DEMO_DIRECTORY)
@ConditionalOnProperty(name = "oversight.demo.seed-directory", havingValue = "true")
class DemoDirectorySeeder implements ApplicationRunner, DemoLogins {

    static final String SEED = "seed/ninh-binh-directory.json";

    private static final Logger log = LoggerFactory.getLogger(DemoDirectorySeeder.class);

    private final Directory directory;

    private final DemoMembers members;

    private final RoleBindings roles;

    private final ObjectMapper objectMapper;

    private final String password;

    private final String adminId;

    private final String adminPassword;

    private final boolean history;

    DemoDirectorySeeder(Directory directory, DemoMembers members, RoleBindings roles, ObjectMapper objectMapper,
            @Value("${oversight.demo.password}") String password, @Value("${camunda.bpm.admin-user.id}") String adminId,
            @Value("${camunda.bpm.admin-user.password}") String adminPassword,
            @Value("${oversight.demo.seed-history:false}") boolean history) {
        this.history = history;
        this.directory = directory;
        this.members = members;
        this.roles = roles;
        this.objectMapper = objectMapper;
        this.password = password;
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    record Seed(LocalDate validFrom, List<Directory.AgencyDraft> agencies, List<DemoMembers.SeedMember> members,
            String coordinator, List<String> steeringCommittee) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        seed();
    }

    @Transactional
    public int seed() throws IOException {
        Seed seed;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            seed = objectMapper.readValue(in, Seed.class);
        }
        int created = 0;
        for (Directory.AgencyDraft agency : seed.agencies()) {
            if (directory.agency(agency.code()).isEmpty()) {
                directory.createAgency(new Directory.AgencyDraft(agency.code(), agency.name(), agency.kind(),
                        agency.parentCode(), seed.validFrom(), null, agency.formerProvince()));
                created++;
            }
        }
        for (DemoMembers.SeedMember member : seed.members()) {
            if (members.add(member, seed.validFrom())) {
                created++;
            }
        }
        if (directory.coordinatorBindings().isEmpty()) {
            roles.bindCoordinator(seed.coordinator(), seed.validFrom(), null);
            created++;
        }
        for (String userId : seed.steeringCommittee()) {
            if (directory.steeringCommitteeBindings().stream().noneMatch(seat -> seat.userId().equals(userId))) {
                roles.addSteeringCommitteeMember(userId, seed.validFrom(), null);
                created++;
            }
        }
        log.info("Demo directory of Ninh Bình: {} entries created ({} agencies in the seed)", created,
                seed.agencies().size());
        return created;
    }

    @Override
    public List<Login> demoLogins() {
        if (history) {
            // the people of 2021 left with their agencies: today's logins come from the
            // history's seed
            return List.of(new Login(adminId, adminPassword, "Quản trị hệ thống (Cockpit, Admin, danh bạ)"),
                    new Login("truongban.bcd", password, "Trưởng Ban Chỉ đạo"), new Login("thutruong.<mã cơ quan>",
                            password, "Thủ trưởng của mỗi cơ quan, ví dụ thutruong.ubnd-xa-kim-son"));
        }
        return List.of(new Login(adminId, adminPassword, "Quản trị hệ thống (Cockpit, Admin, danh bạ)"),
                new Login("canbo.so-ldtbxh", password, "Cán bộ Sở LĐ-TB&XH: cơ quan thường trực"),
                new Login("thutruong.so-ldtbxh", password, "Giám đốc Sở LĐ-TB&XH: cơ quan thường trực"),
                new Login("thutruong.so-y-te", password, "Giám đốc Sở Y tế"),
                new Login("canbo.ubnd-yen-mo", password, "Cán bộ UBND huyện Yên Mô"),
                new Login("truongban.bcd", password, "Trưởng Ban Chỉ đạo"), new Login("thutruong.<mã cơ quan>",
                        password, "Thủ trưởng của mỗi cơ quan, ví dụ thutruong.ubnd-kim-son"));
    }

}
