package vn.gov.oversight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's tables. */
@Repository
class DirectoryStore {

    private static final String AGENCY_SELECT = """
            select a.code, a.name, a.kind, a.parent_code, a.valid_from, a.valid_to, a.former_province,
                   s.successor_code, s.effective_on
              from agency a left join agency_succession s on s.predecessor_code = a.code
            """;

    private static final String MEMBER_SELECT = """
            select m.agency_code, m.user_id, p.first_name, p.last_name, p.email, m.role, m.valid_from, m.valid_to
              from agency_member m join person p on p.user_id = m.user_id
            """;

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- agencies

    List<Agency> agencies() {
        return jdbc.sql(AGENCY_SELECT + " order by a.kind, a.code").query(DirectoryStore::agency).list();
    }

    Optional<Agency> agency(String code) {
        return jdbc.sql(AGENCY_SELECT + " where a.code = ?").param(code).query(DirectoryStore::agency).optional();
    }

    void insertAgency(Agency agency) {
        jdbc.sql("""
                insert into agency (code, name, kind, parent_code, valid_from, valid_to, former_province)
                values (:code, :name, :kind, :parent, :from, :to, :formerProvince)
                """)
            .param("code", agency.code())
            .param("name", agency.name())
            .param("kind", agency.kind().name())
            .param("parent", agency.parentCode())
            .param("from", agency.validFrom())
            .param("to", agency.validTo())
            .param("formerProvince", agency.formerProvince())
            .update();
    }

    void updateAgency(Agency agency) {
        jdbc.sql("""
                update agency set name = :name, kind = :kind, parent_code = :parent, valid_to = :to,
                       former_province = :formerProvince
                 where code = :code
                """)
            .param("code", agency.code())
            .param("name", agency.name())
            .param("kind", agency.kind().name())
            .param("parent", agency.parentCode())
            .param("to", agency.validTo())
            .param("formerProvince", agency.formerProvince())
            .update();
    }

    // --- people and memberships

    Optional<String> emailOf(String userId) {
        return jdbc.sql("select email from person where user_id = ?").param(userId).query(String.class).optional();
    }

    boolean personExists(String userId) {
        return jdbc.sql("select count(*) from person where user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    void insertPerson(String userId, String firstName, String lastName, String email) {
        jdbc.sql("insert into person (user_id, first_name, last_name, email) values (?, ?, ?, ?)")
            .params(userId, firstName, lastName, email)
            .update();
    }

    List<Member> members(String agencyCode) {
        return jdbc.sql(MEMBER_SELECT + " where m.agency_code = ? order by m.role, m.valid_from, m.user_id")
            .param(agencyCode)
            .query(DirectoryStore::member)
            .list();
    }

    List<Member> allMembers() {
        return jdbc.sql(MEMBER_SELECT).query(DirectoryStore::member).list();
    }

    List<Member> membershipsOf(String userId) {
        return jdbc.sql(MEMBER_SELECT + " where m.user_id = ? order by m.valid_from")
            .param(userId)
            .query(DirectoryStore::member)
            .list();
    }

    void insertMember(String agencyCode, String userId, MemberRole role, LocalDate from, LocalDate to) {
        jdbc.sql("insert into agency_member (agency_code, user_id, role, valid_from, valid_to) values (?, ?, ?, ?, ?)")
            .params(agencyCode, userId, role.name(), from, to)
            .update();
    }

    /** Ends every membership of an agency still valid after {@code lastDay}. */
    int endMemberships(String agencyCode, LocalDate lastDay) {
        return jdbc.sql("""
                update agency_member set valid_to = :lastDay
                 where agency_code = :agency and (valid_to is null or valid_to > :lastDay)
                """).param("lastDay", lastDay).param("agency", agencyCode).update();
    }

    /** Ends one user's membership of an agency if still valid after {@code lastDay}. */
    int endMembership(String agencyCode, String userId, LocalDate lastDay) {
        return jdbc.sql("""
                update agency_member set valid_to = :lastDay
                 where agency_code = :agency and user_id = :user and (valid_to is null or valid_to > :lastDay)
                """).param("lastDay", lastDay).param("agency", agencyCode).param("user", userId).update();
    }

    // --- role bindings

    List<RoleBinding> bindings(RoleBinding.Role role) {
        return jdbc.sql("""
                select id, role, agency_code, user_id, valid_from, valid_to from role_binding
                 where role = ? order by valid_from, id
                """).param(role.name()).query(DirectoryStore::binding).list();
    }

    void insertBinding(RoleBinding.Role role, String agencyCode, String userId, LocalDate from, LocalDate to) {
        jdbc.sql("insert into role_binding (role, agency_code, user_id, valid_from, valid_to) values (?, ?, ?, ?, ?)")
            .params(role.name(), agencyCode, userId, from, to)
            .update();
    }

    void endBinding(long id, LocalDate lastDay) {
        jdbc.sql("update role_binding set valid_to = ? where id = ?").params(lastDay, id).update();
    }

    // --- successions

    List<Succession> successions() {
        List<Succession> bare = jdbc.sql("""
                select id, predecessor_code, successor_code, effective_on, applied_at, moved_tasks, remainder, decision
                  from agency_succession order by effective_on, id
                """).query(DirectoryStore::succession).list();
        Map<Long, List<SuccessionShare>> shares = new HashMap<>();
        jdbc.sql("select succession_id, successor_code, scope, scope_value from agency_succession_share order by id")
            .query((rs, row) -> {
                shares.computeIfAbsent(rs.getLong("succession_id"), id -> new ArrayList<>())
                    .add(new SuccessionShare(rs.getString("successor_code"),
                            SuccessionShare.Scope.valueOf(rs.getString("scope")), rs.getString("scope_value")));
                return null;
            })
            .list();
        return bare.stream()
            .map(s -> new Succession(s.id(), s.predecessorCode(), s.successorCode(), s.effectiveOn(), s.appliedAt(),
                    s.movedTasks(), s.remainder(), s.decision(), shares.getOrDefault(s.id(), List.of())))
            .toList();
    }

    long insertSuccession(String predecessor, String successor, LocalDate effectiveOn, Succession.Remainder remainder,
            String decision, List<SuccessionShare> shares) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into agency_succession (predecessor_code, successor_code, effective_on, remainder, decision)
                values (?, ?, ?, ?, ?)
                """).params(predecessor, successor, effectiveOn, remainder.name(), decision).update(key, "id");
        long id = key.getKey().longValue();
        for (SuccessionShare share : shares) {
            jdbc.sql(
                    "insert into agency_succession_share (succession_id, successor_code, scope, scope_value) values (?, ?, ?, ?)")
                .params(id, share.successorCode(), share.scope().name(), share.value())
                .update();
        }
        return id;
    }

    /** One item moved by a succession, as a line of its record. */
    void recordMove(long successionId, WorkItem item, String destination, Instant at) {
        jdbc.sql(
                """
                        insert into agency_succession_move (succession_id, item_kind, item_id, item_title, destination, moved_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
            .params(successionId, item.kind(), item.id(), item.title(), destination,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .update();
    }

    List<Successions.Move> moves(long successionId) {
        return jdbc.sql("""
                select item_kind, item_id, item_title, destination from agency_succession_move
                 where succession_id = ? order by id
                """)
            .param(successionId)
            .query((rs, row) -> new Successions.Move(rs.getString("item_kind"), rs.getString("item_id"),
                    rs.getString("item_title"), rs.getString("destination")))
            .list();
    }

    /** Marks a succession applied; false when another node applied it first. */
    boolean markApplied(long id, Instant at, int movedTasks) {
        return jdbc
            .sql("update agency_succession set applied_at = ?, moved_tasks = ? where id = ? and applied_at is null")
            .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), movedTasks, id)
            .update() == 1;
    }

    void setMoved(long id, int moved) {
        jdbc.sql("update agency_succession set moved_tasks = ? where id = ?").params(moved, id).update();
    }

    // --- row mappers

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), date(rs, "valid_from"), date(rs, "valid_to"),
                rs.getString("successor_code"), date(rs, "effective_on"), rs.getString("former_province"));
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getString("agency_code"), rs.getString("user_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), MemberRole.valueOf(rs.getString("role")),
                date(rs, "valid_from"), date(rs, "valid_to"));
    }

    private static RoleBinding binding(ResultSet rs, int row) throws SQLException {
        return new RoleBinding(rs.getLong("id"), RoleBinding.Role.valueOf(rs.getString("role")),
                rs.getString("agency_code"), rs.getString("user_id"), date(rs, "valid_from"), date(rs, "valid_to"));
    }

    private static Succession succession(ResultSet rs, int row) throws SQLException {
        Timestamp applied = rs.getTimestamp("applied_at");
        int moved = rs.getInt("moved_tasks");
        Integer movedTasks = rs.wasNull() ? null : moved;
        return new Succession(rs.getLong("id"), rs.getString("predecessor_code"), rs.getString("successor_code"),
                date(rs, "effective_on"), applied == null ? null : applied.toInstant(), movedTasks,
                Succession.Remainder.valueOf(rs.getString("remainder")), rs.getString("decision"), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

}
