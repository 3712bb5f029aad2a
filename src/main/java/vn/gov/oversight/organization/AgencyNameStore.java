package vn.gov.oversight.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of agencies' other names and of collective phrases. */
@Repository
class AgencyNameStore {

    private final JdbcClient jdbc;

    AgencyNameStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- aliases

    List<AgencyAlias> aliases() {
        return jdbc.sql("select id, agency_code, alias, created_by from agency_alias order by agency_code, id")
            .query((rs, n) -> new AgencyAlias(rs.getLong("id"), rs.getString("agency_code"), rs.getString("alias"),
                    rs.getString("created_by")))
            .list();
    }

    long insertAlias(String agencyCode, String alias, String createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency_alias (agency_code, alias, created_by) values (?, ?, ?)")
            .params(agencyCode, alias, createdBy)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean deleteAlias(long id) {
        return jdbc.sql("delete from agency_alias where id = ?").param(id).update() > 0;
    }

    // --- collective phrases

    List<CollectivePhrase> phrases() {
        Map<Long, List<String>> members = new HashMap<>();
        jdbc.sql("select phrase_id, agency_code from collective_phrase_member order by agency_code").query(rs -> {
            members.computeIfAbsent(rs.getLong("phrase_id"), id -> new ArrayList<>()).add(rs.getString("agency_code"));
        });
        return jdbc.sql("select * from collective_phrase order by id").query((rs, n) -> {
            String kind = rs.getString("agency_kind");
            String prefixes = rs.getString("name_prefixes");
            long id = rs.getLong("id");
            return new CollectivePhrase(id, rs.getString("phrase"), kind == null ? null : AgencyKind.valueOf(kind),
                    prefixes == null || prefixes.isBlank() ? List.of()
                            : Arrays.stream(prefixes.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                    members.getOrDefault(id, List.of()), rs.getBoolean("vague"));
        }).list();
    }

    Optional<CollectivePhrase> phrase(long id) {
        return phrases().stream().filter(phrase -> phrase.id() == id).findFirst();
    }

    long insertPhrase(CollectivePhrase phrase, String createdBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into collective_phrase (phrase, agency_kind, name_prefixes, vague, created_by)
                values (:phrase, :kind, :prefixes, :vague, :by)
                """)
            .param("phrase", phrase.phrase())
            .param("kind", phrase.agencyKind() == null ? null : phrase.agencyKind().name())
            .param("prefixes", String.join(";", phrase.namePrefixes()))
            .param("vague", phrase.vague())
            .param("by", createdBy)
            .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String member : phrase.members()) {
            jdbc.sql("insert into collective_phrase_member (phrase_id, agency_code) values (?, ?)")
                .params(id, member)
                .update();
        }
        return id;
    }

    boolean deletePhrase(long id) {
        jdbc.sql("delete from collective_phrase_member where phrase_id = ?").param(id).update();
        return jdbc.sql("delete from collective_phrase where id = ?").param(id).update() > 0;
    }

}
