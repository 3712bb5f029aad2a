package vn.gov.oversight.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.gov.oversight.inspection.Inspection.Finding;
import vn.gov.oversight.inspection.Inspection.FindingStatus;
import vn.gov.oversight.inspection.Inspection.Status;
import vn.gov.oversight.inspection.Inspection.TeamMember;

/** The inspections, their agencies, teams, findings and documents. */
@Repository
class InspectionStore {

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewInspection(Inspection.Kind kind, Inspection.Origin origin, Inspection.Trigger trigger, String triggerNote,
            Long escalationId, String title, String conductedBy, int year, Integer plannedMonth, Status status,
            String openedBy, Instant openedAt) {
    }

    long insert(NewInspection draft, List<String> agencies) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection (kind, origin, trigger_kind, trigger_note, escalation_id, title, conducted_by,
                       inspection_year, planned_month, status, opened_by, opened_at)
                values (:kind, :origin, :trigger, :note, :escalation, :title, :by, :year, :month, :status, :opener, :at)
                """)
            .param("kind", draft.kind().name())
            .param("origin", draft.origin().name())
            .param("trigger", draft.trigger() == null ? null : draft.trigger().name())
            .param("note", draft.triggerNote())
            .param("escalation", draft.escalationId())
            .param("title", draft.title())
            .param("by", draft.conductedBy())
            .param("year", draft.year())
            .param("month", draft.plannedMonth())
            .param("status", draft.status().name())
            .param("opener", draft.openedBy())
            .param("at", Timestamp.from(draft.openedAt()))
            .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (String agency : agencies) {
            jdbc.sql("insert into inspection_agency (inspection_id, agency_code) values (?, ?)")
                .params(id, agency)
                .update();
        }
        return id;
    }

    Optional<Long> byEscalation(long escalationId) {
        return jdbc.sql("select id from inspection where escalation_id = ?")
            .param(escalationId)
            .query(Long.class)
            .optional();
    }

    void start(long id, List<TeamMember> team, LocalDate startsOn, LocalDate endsOn, LocalDate documentsDue) {
        for (TeamMember member : team) {
            jdbc.sql("insert into inspection_member (inspection_id, user_id, agency_code, leader) values (?, ?, ?, ?)")
                .params(id, member.userId(), member.agencyCode(), member.leader())
                .update();
        }
        jdbc.sql("""
                update inspection set starts_on = ?, ends_on = ?, documents_due = ?, status = 'UNDER_WAY' where id = ?
                """).params(startsOn, endsOn, documentsDue, id).update();
    }

    void setProcess(long id, String processInstanceId) {
        jdbc.sql("update inspection set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void setMinutes(long id, String minutes) {
        jdbc.sql("update inspection set minutes = ? where id = ?").params(minutes, id).update();
    }

    void setConclusion(long id, String conclusion) {
        jdbc.sql("update inspection set conclusion = ? where id = ?").params(conclusion, id).update();
    }

    void signed(long id, String number, LocalDate signedOn, String signedBy) {
        jdbc.sql("update inspection set notice_number = ?, notice_signed_on = ?, notice_signed_by = ? where id = ?")
            .params(number, signedOn, signedBy, id)
            .update();
    }

    void setStatus(long id, Status status) {
        jdbc.sql("update inspection set status = ? where id = ?").params(status.name(), id).update();
    }

    void closed(long id, Instant at) {
        jdbc.sql("update inspection set status = 'CLOSED', closed_at = ? where id = ? and status <> 'CLOSED'")
            .params(Timestamp.from(at), id)
            .update();
    }

    long insertFinding(long inspectionId, String agency, String description, String remediation, LocalDate due,
            String recordedBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection_finding (inspection_id, agency_code, description, remediation_required, due_date,
                       status, recorded_by, recorded_at)
                values (:inspection, :agency, :description, :remediation, :due, 'OPEN', :by, :at)
                """)
            .param("inspection", inspectionId)
            .param("agency", agency)
            .param("description", description)
            .param("remediation", remediation)
            .param("due", due)
            .param("by", recordedBy)
            .param("at", Timestamp.from(at))
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void remediationReported(long findingId, String report, Instant at) {
        jdbc.sql("""
                update inspection_finding set status = 'REPORTED', remediation_report = ?, reported_at = ? where id = ?
                """).params(report, Timestamp.from(at), findingId).update();
    }

    void remediationReturned(long findingId, String comment) {
        jdbc.sql(
                """
                        update inspection_finding set status = 'RETURNED', return_comment = ?, times_returned = times_returned + 1
                         where id = ?
                        """)
            .params(comment, findingId)
            .update();
    }

    /**
     * The findings of this finding's inspection and agency still waiting for a report now
     * fall due on {@code due}.
     */
    int extendWaitingRemediations(long findingId, LocalDate due) {
        return jdbc.sql("""
                update inspection_finding set due_date = ?
                 where status in ('OPEN', 'RETURNED')
                   and inspection_id = (select f.inspection_id from inspection_finding f where f.id = ?)
                   and agency_code = (select f.agency_code from inspection_finding f where f.id = ?)
                """).params(due, findingId, findingId).update();
    }

    /**
     * The agency's findings not closed yet: (finding id, inspection id, process instance,
     * inspection title).
     */
    record OpenFinding(long id, long inspectionId, String processInstanceId, String title, String description) {
    }

    private static final String OPEN_FINDING = """
            select f.id, f.inspection_id, i.process_instance_id, i.title, f.description
              from inspection_finding f join inspection i on i.id = f.inspection_id
             where f.status <> 'CLOSED'
            """;

    List<OpenFinding> openFindingsOf(String agencyCode) {
        return jdbc.sql(OPEN_FINDING + " and f.agency_code = ? order by f.id")
            .param(agencyCode)
            .query(InspectionStore::openFinding)
            .list();
    }

    Optional<OpenFinding> openFinding(long id) {
        return jdbc.sql(OPEN_FINDING + " and f.id = ?").param(id).query(InspectionStore::openFinding).optional();
    }

    private static OpenFinding openFinding(ResultSet rs, int row) throws SQLException {
        return new OpenFinding(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("process_instance_id"),
                rs.getString("title"), rs.getString("description"));
    }

    /** A finding passes to another agency, which now sees the inspection as inspected. */
    void moveFinding(long findingId, long inspectionId, String agencyCode) {
        jdbc.sql("update inspection_finding set agency_code = ? where id = ?").params(agencyCode, findingId).update();
        if (jdbc.sql("select count(*) from inspection_agency where inspection_id = ? and agency_code = ?")
            .params(inspectionId, agencyCode)
            .query(Long.class)
            .single() == 0) {
            jdbc.sql("insert into inspection_agency (inspection_id, agency_code) values (?, ?)")
                .params(inspectionId, agencyCode)
                .update();
        }
    }

    void findingClosed(long findingId, Instant at) {
        jdbc.sql("update inspection_finding set status = 'CLOSED', closed_at = ? where id = ? and status <> 'CLOSED'")
            .params(Timestamp.from(at), findingId)
            .update();
    }

    // --- reading

    Optional<Inspection> find(long id) {
        return jdbc.sql("select * from inspection where id = ?").param(id).query(this::inspection).optional();
    }

    List<Inspection> search(String agency, Status status, Integer year) {
        StringBuilder sql = new StringBuilder("select * from inspection i where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agency != null) {
            sql.append(
                    " and exists (select 1 from inspection_agency a where a.inspection_id = i.id and a.agency_code = ?)");
            params.add(agency);
        }
        if (status != null) {
            sql.append(" and i.status = ?");
            params.add(status.name());
        }
        if (year != null) {
            sql.append(" and i.inspection_year = ?");
            params.add(year);
        }
        return jdbc.sql(sql.append(" order by i.id").toString()).params(params).query(this::inspection).list();
    }

    Optional<Long> inspectionOfFinding(long findingId) {
        return jdbc.sql("select inspection_id from inspection_finding where id = ?")
            .param(findingId)
            .query(Long.class)
            .optional();
    }

    /** The remediations still open after their deadline, by agency, for the board. */
    Map<String, Long> overdueRemediations(LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select agency_code, count(*) as overdue from inspection_finding
                 where status <> 'CLOSED' and due_date < ? group by agency_code
                """).param(today).query(rs -> {
            counts.put(rs.getString("agency_code"), rs.getLong("overdue"));
        });
        return counts;
    }

    private Inspection inspection(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String trigger = rs.getString("trigger_kind");
        Timestamp closed = rs.getTimestamp("closed_at");
        long escalation = rs.getLong("escalation_id");
        Long escalationId = rs.wasNull() ? null : escalation;
        int month = rs.getInt("planned_month");
        Integer plannedMonth = rs.wasNull() ? null : month;
        return new Inspection(id, Inspection.Kind.valueOf(rs.getString("kind")),
                Inspection.Origin.valueOf(rs.getString("origin")),
                trigger == null ? null : Inspection.Trigger.valueOf(trigger), rs.getString("trigger_note"),
                escalationId, rs.getString("title"), rs.getString("conducted_by"), rs.getInt("inspection_year"),
                plannedMonth, rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("documents_due", LocalDate.class), Status.valueOf(rs.getString("status")), agencies(id),
                team(id), findings(id), rs.getString("minutes"), rs.getString("conclusion"),
                rs.getString("notice_number"), rs.getObject("notice_signed_on", LocalDate.class),
                rs.getString("notice_signed_by"), rs.getString("process_instance_id"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private List<String> agencies(long id) {
        return jdbc.sql("select agency_code from inspection_agency where inspection_id = ? order by agency_code")
            .param(id)
            .query(String.class)
            .list();
    }

    private List<TeamMember> team(long id) {
        return jdbc.sql("select * from inspection_member where inspection_id = ? order by leader desc, user_id")
            .param(id)
            .query((rs, n) -> new TeamMember(rs.getString("user_id"), rs.getString("agency_code"),
                    rs.getBoolean("leader")))
            .list();
    }

    private List<Finding> findings(long id) {
        return jdbc.sql("select * from inspection_finding where inspection_id = ? order by id")
            .param(id)
            .query((rs, n) -> {
                Timestamp reported = rs.getTimestamp("reported_at");
                Timestamp closed = rs.getTimestamp("closed_at");
                return new Finding(rs.getLong("id"), rs.getString("agency_code"), rs.getString("description"),
                        rs.getString("remediation_required"), rs.getObject("due_date", LocalDate.class),
                        FindingStatus.valueOf(rs.getString("status")), rs.getString("remediation_report"),
                        rs.getString("return_comment"), rs.getInt("times_returned"),
                        reported == null ? null : reported.toInstant(), closed == null ? null : closed.toInstant());
            })
            .list();
    }

    // --- documents

    long insertDocument(long inspectionId, Long findingId, String fileName, String contentType, byte[] content,
            String sha256, String uploadedBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection_document (inspection_id, finding_id, file_name, content_type, size_bytes, sha256,
                       content, uploaded_by, uploaded_at)
                values (:inspection, :finding, :name, :type, :size, :sha, :content, :by, :at)
                """)
            .param("inspection", inspectionId)
            .param("finding", findingId)
            .param("name", fileName)
            .param("type", contentType)
            .param("size", (long) content.length)
            .param("sha", sha256)
            .param("content", content)
            .param("by", uploadedBy)
            .param("at", Timestamp.from(at))
            .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<InspectionDocument> documents(long inspectionId) {
        return jdbc
            .sql("""
                    select id, inspection_id, finding_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                      from inspection_document where inspection_id = ? order by id
                    """)
            .param(inspectionId)
            .query((rs, n) -> document(rs))
            .list();
    }

    Optional<InspectionDocument> document(long inspectionId, long documentId) {
        return documents(inspectionId).stream().filter(document -> document.id() == documentId).findFirst();
    }

    byte[] content(long documentId) {
        return jdbc.sql("select content from inspection_document where id = ?")
            .param(documentId)
            .query((rs, n) -> rs.getBytes("content"))
            .single();
    }

    private static InspectionDocument document(ResultSet rs) throws SQLException {
        long finding = rs.getLong("finding_id");
        Long findingId = rs.wasNull() ? null : finding;
        return new InspectionDocument(rs.getLong("id"), rs.getLong("inspection_id"), findingId,
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

}
