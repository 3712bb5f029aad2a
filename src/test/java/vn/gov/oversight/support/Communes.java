package vn.gov.oversight.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * A new commune for a test, made through the directory's API by the administrator, with
 * its head when named.
 */
public final class Communes {

    private Communes() {
    }

    public static void create(int port, String code, String name, String head, String headPassword) {
        Http admin = Http.as(port, "admin");
        Http.Response agency = admin.post("/api/agencies",
                Map.of("code", code, "name", name, "kind", "LOCAL_COMMITTEE", "validFrom", "2021-01-01"));
        assertThat(agency.status()).as(agency.body()).isEqualTo(201);
        if (head != null) {
            Http.Response member = admin.post("/api/agencies/" + code + "/members",
                    Map.of("userId", head, "firstName", "Minh", "lastName", "Trần Văn", "email", head + "@example.vn",
                            "password", headPassword, "role", "HEAD"));
            assertThat(member.status()).as(member.body()).isEqualTo(201);
        }
    }

}
