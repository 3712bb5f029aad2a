package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.oversight.support.IntegrationTest;

@IntegrationTest
class DemoDirectorySeederIntegrationTests {

    @Autowired
    DemoDirectorySeeder seeder;

    @Autowired
    Directory directory;

    @Autowired
    IdentityService identity;

    @Test
    void theNinhBinhDirectoryOfPlan151IsLoadedOnceOnly() throws Exception {
        // loaded at start-up; loading again creates nothing
        assertThat(seeder.seed()).isZero();

        assertThat(directory.agency("so-ldtbxh").orElseThrow().name()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(directory.agency("ubnd-kim-son").orElseThrow().kind()).isEqualTo(AgencyKind.LOCAL_COMMITTEE);
        assertThat(directory.agency("bcd-giam-ngheo").orElseThrow().kind()).isEqualTo(AgencyKind.STEERING_COMMITTEE);
        assertThat(directory.agency("nhcsxh")).isPresent();
        assertThat(directory.members("so-ldtbxh")).extracting(Member::userId)
            .contains("thutruong.so-ldtbxh", "canbo.so-ldtbxh");
        assertThat(directory.coordinatorBindings().get(0).agencyCode()).isEqualTo("so-ldtbxh");
        assertThat(identity.createUserQuery().memberOfGroup("steering-committee").list())
            .extracting(user -> user.getId())
            .contains("truongban.bcd", "thanhvien.bcd");
        assertThat(identity.createUserQuery().memberOfGroup("ubnd-yen-mo").count()).isEqualTo(2);
    }

}
