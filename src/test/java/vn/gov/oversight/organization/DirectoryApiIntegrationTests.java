package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.oversight.support.Http;
import vn.gov.oversight.support.IntegrationTest;
import vn.gov.oversight.support.MutableClock;

@IntegrationTest
class DirectoryApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Directory directory;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        directory.reconcile();
    }

    Http admin() {
        return Http.as(port, "admin");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> agency(String code, String name, String kind, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentCode", parent);
        body.put("validFrom", "2025-07-01");
        return body;
    }

    static Map<String, Object> member(String userId, String role) {
        return Map.of("userId", userId, "firstName", "Lan", "lastName", "Nguyễn Thị", "email", userId + "@example.vn",
                "password", "mat-khau-an-toan", "role", role);
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        Http anonymous = Http.anonymous(port);

        Http.Response agencies = anonymous.get("/api/agencies");
        Http.Response tasks = anonymous.get("/engine-rest/task");

        assertThat(agencies.status()).isEqualTo(401);
        assertThat(agencies.json().path("title").asText()).isEqualTo("Chưa đăng nhập");
        assertThat(tasks.status()).isEqualTo(401);
        // (a wrong password for a real user would lock it for a while: Camunda slows down
        // guessing)
        assertThat(Http.as(port, "khong-ton-tai", "sai").get("/api/agencies").status()).isEqualTo(401);
    }

    @Test
    void agencyMemberAndCoordinatorShowUpInCamunda() {
        // given
        String code = unique("so-nn-mt");
        String userId = unique("canbo");

        // when
        Http.Response created = admin().post("/api/agencies",
                agency(code, "Sở Nông nghiệp và Môi trường", "DEPARTMENT", "ubnd-tinh"));
        Http.Response added = admin().post("/api/agencies/" + code + "/members", member(userId, "OFFICER"));
        LocalDate tomorrow = directory.today().plusDays(1);
        Http.Response bound = admin().put("/api/roles/coordinator",
                Map.of("agencyCode", code, "validFrom", tomorrow.toString()));

        // then
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("name").asText()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);

        Group group = identity.createGroupQuery().groupId(code).singleResult();
        assertThat(group.getName()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(group.getType()).isEqualTo("AGENCY");
        User user = identity.createUserQuery().userId(userId).singleResult();
        assertThat(user.getLastName()).isEqualTo("Nguyễn Thị");
        assertThat(identity.checkPassword(userId, "mat-khau-an-toan")).isTrue();
        assertThat(groupIds(userId)).containsExactly(code);

        // the hand-over takes effect tomorrow: the previous coordinator's binding ends
        // today
        JsonNode bindings = admin().get("/api/roles/coordinator").json();
        assertThat(bindings.get(bindings.size() - 1).path("agencyCode").asText()).isEqualTo(code);
        assertThat(directory.coordinatorOn(directory.today())).contains("so-ldtbxh");
        assertThat(groupIds("canbo.so-ldtbxh")).contains("coordinator");

        clock.advance(Duration.ofDays(1));
        directory.reconcile();
        assertThat(groupIds(userId)).containsExactlyInAnyOrder(code, "coordinator");
        assertThat(groupIds("canbo.so-ldtbxh")).doesNotContain("coordinator");

        clock.reset();
        directory.reconcile();
        assertThat(groupIds("canbo.so-ldtbxh")).contains("coordinator");

        // a merger passes the coordinator role to the successor on the day it takes
        // effect
        String successor = unique("so-nn-mt-moi");
        admin().post("/api/agencies", agency(successor, "Sở Nông nghiệp và Môi trường (mới)", "DEPARTMENT", null));
        Http.Response merged = admin().post("/api/agencies/" + code + "/successor",
                Map.of("successorCode", successor, "effectiveOn", tomorrow.plusDays(5).toString()));
        assertThat(merged.status()).as(merged.body()).isEqualTo(201);
        assertThat(directory.coordinatorOn(tomorrow.plusDays(4))).contains(code);
        assertThat(directory.coordinatorOn(tomorrow.plusDays(5))).contains(successor);
    }

    @Test
    void endingAMembershipRemovesTheUserFromTheGroup() {
        String code = unique("ubnd-xa");
        String userId = unique("canbo");
        admin().post("/api/agencies", agency(code, "UBND xã Ninh Hải", "LOCAL_COMMITTEE", null));
        admin().post("/api/agencies/" + code + "/members", member(userId, "HEAD"));
        assertThat(admin().get("/api/agencies/" + code + "/members").json()).hasSize(1);

        Http.Response ended = admin().delete("/api/agencies/" + code + "/members/" + userId);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(groupIds(userId)).isEmpty();
        assertThat(admin().delete("/api/agencies/" + code + "/members/" + userId).status()).isEqualTo(404);
    }

    @Test
    void onlyOneHeadAtATime() {
        String code = unique("so");
        admin().post("/api/agencies", agency(code, "Sở thử nghiệm", "DEPARTMENT", null));
        admin().post("/api/agencies/" + code + "/members", member(unique("head"), "HEAD"));

        Http.Response second = admin().post("/api/agencies/" + code + "/members", member(unique("head"), "HEAD"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("errors").get(0).path("field").asText()).isEqualTo("role");
    }

    @Test
    void nonAdministratorsCannotChangeTheDirectory() {
        String code = unique("so");
        Http member = Http.as(port, "thutruong.so-y-te");

        Http.Response create = member.post("/api/agencies", agency(code, "Sở lạ", "DEPARTMENT", null));
        Http.Response addMember = member.post("/api/agencies/so-y-te/members", member(unique("u"), "OFFICER"));
        Http.Response coordinator = member.put("/api/roles/coordinator", Map.of("agencyCode", "so-y-te"));
        Http.Response succession = member.post("/api/agencies/so-y-te/successor",
                Map.of("successorCode", "so-tai-chinh", "effectiveOn", "2030-01-01"));
        Http.Response members = member.get("/api/agencies/so-y-te/members");

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().path("title").asText()).isEqualTo("Không có quyền");
        assertThat(addMember.status()).isEqualTo(403);
        assertThat(coordinator.status()).isEqualTo(403);
        assertThat(succession.status()).isEqualTo(403);
        assertThat(members.status()).isEqualTo(403);
        assertThat(admin().get("/api/agencies/" + code).status()).isEqualTo(404);
        assertThat(identity.createGroupQuery().groupId(code).count()).isZero();
        // everyone logged in may read the directory of agencies
        assertThat(member.get("/api/agencies").status()).isEqualTo(200);
    }

    @Test
    void invalidAgencyIsRefusedNamingEveryFieldAndNothingIsWritten() {
        Map<String, Object> body = agency("Sở Y Tế", " ", null, "khong-co");
        body.put("validTo", "2020-01-01");

        Http.Response response = admin().post("/api/agencies", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactlyInAnyOrder("code", "name", "kind", "parentCode", "validTo");
        assertThat(response.json().path("errors").get(0).path("message").asText()).contains("Mã cơ quan");
        assertThat(identity.createGroupQuery().groupNameLike("Sở Y Tế").count()).isZero();
    }

    @Test
    void unknownParentAloneIsRefused() {
        String code = unique("so");

        Http.Response response = admin().post("/api/agencies", agency(code, "Sở mới", "DEPARTMENT", "khong-co"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("parentCode");
        assertThat(admin().get("/api/agencies/" + code).status()).isEqualTo(404);
        assertThat(identity.createGroupQuery().groupId(code).count()).isZero();
    }

    @Test
    void duplicateAndReservedCodesAreRefused() {
        Http.Response duplicate = admin().post("/api/agencies",
                agency("so-y-te", "Sở Y tế (bản sao)", "DEPARTMENT", null));
        Http.Response reserved = admin().post("/api/agencies", agency("coordinator", "Nhóm", "OTHER", null));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(fields(duplicate)).containsExactly("code");
        assertThat(identity.createGroupQuery().groupId("so-y-te").singleResult().getName()).isEqualTo("Sở Y tế");
        assertThat(reserved.status()).isEqualTo(400);
    }

    @Test
    void malformedDatesAndKindsNameTheField() {
        Map<String, Object> body = agency(unique("so"), "Sở mới", "DEPARTMENT", null);
        body.put("validFrom", "31/12/2025");
        Map<String, Object> badKind = agency(unique("so"), "Sở mới", "SO_NGANH", null);

        Http.Response date = admin().post("/api/agencies", body);
        Http.Response kind = admin().post("/api/agencies", badKind);

        assertThat(date.status()).isEqualTo(400);
        assertThat(fields(date)).containsExactly("validFrom");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(fields(kind)).containsExactly("kind");
    }

    @Test
    void invalidMemberIsRefusedAndNothingIsWritten() {
        String userId = unique("canbo");
        Map<String, Object> body = new HashMap<>(member(userId, "OFFICER"));
        body.put("email", "khong-phai-email");
        body.remove("password");
        body.remove("role");

        Http.Response response = admin().post("/api/agencies/so-y-te/members", body);
        Http.Response unknownAgency = admin().post("/api/agencies/khong-co/members", member(userId, "OFFICER"));
        Map<String, Object> withBadUserId = new HashMap<>(member(userId, "OFFICER"));
        withBadUserId.put("userId", "Nguyễn Văn A");
        Http.Response badUserId = admin().post("/api/agencies/so-y-te/members", withBadUserId);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("email", "password", "role");
        assertThat(unknownAgency.status()).isEqualTo(404);
        assertThat(badUserId.status()).isEqualTo(400);
        assertThat(fields(badUserId)).containsExactly("userId");
        assertThat(identity.createUserQuery().userId(userId).count()).isZero();
    }

    @Test
    void overlappingCoordinatorBindingIsRefused() {
        List<JsonNode> before = list(admin().get("/api/roles/coordinator").json());

        Http.Response overlap = admin().put("/api/roles/coordinator",
                Map.of("agencyCode", "so-y-te", "validFrom", "2021-01-01"));
        Http.Response unknown = admin().put("/api/roles/coordinator", Map.of("agencyCode", "khong-co"));

        assertThat(overlap.status()).isEqualTo(400);
        assertThat(fields(overlap)).containsOnly("validFrom");
        assertThat(overlap.json().path("errors").get(0).path("message").asText()).contains("so-ldtbxh");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).contains("agencyCode");
        assertThat(list(admin().get("/api/roles/coordinator").json())).isEqualTo(before);
    }

    @Test
    void steeringCommitteeSeatsAreMirrored() {
        String code = unique("so");
        String userId = unique("uyvien");
        admin().post("/api/agencies", agency(code, "Sở có ủy viên", "DEPARTMENT", null));
        admin().post("/api/agencies/" + code + "/members", member(userId, "HEAD"));

        Http.Response seated = admin().post("/api/roles/steering-committee/members", Map.of("userId", userId));
        Http.Response twice = admin().post("/api/roles/steering-committee/members", Map.of("userId", userId));
        Http.Response stranger = admin().post("/api/roles/steering-committee/members", Map.of("userId", unique("x")));

        assertThat(seated.status()).as(seated.body()).isEqualTo(201);
        assertThat(groupIds(userId)).containsExactlyInAnyOrder(code, "steering-committee");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(fields(stranger)).containsExactly("userId");

        assertThat(admin().delete("/api/roles/steering-committee/members/" + userId).status()).isEqualTo(204);
        assertThat(groupIds(userId)).containsExactly(code);
    }

    @Test
    void agencyCanBeRenamedButNotRecoded() {
        String code = unique("so");
        admin().post("/api/agencies", agency(code, "Sở cũ", "DEPARTMENT", null));

        Http.Response renamed = admin().put("/api/agencies/" + code,
                agency(code, "Sở mới tên", "DEPARTMENT", "ubnd-tinh"));
        Http.Response recoded = admin().put("/api/agencies/" + code, agency("khac", "Sở mới tên", "DEPARTMENT", null));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(identity.createGroupQuery().groupId(code).singleResult().getName()).isEqualTo("Sở mới tên");
        assertThat(recoded.status()).isEqualTo(400);
        assertThat(fields(recoded)).containsExactly("code");
    }

    private List<String> groupIds(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static List<String> fields(Http.Response response) {
        return list(response.json().path("errors")).stream().map(error -> error.path("field").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

}
