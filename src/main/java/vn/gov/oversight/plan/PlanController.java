package vn.gov.oversight.plan;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.NotFoundException;

/**
 * Plans: the coordinator (or an administrator) enters or imports a plan; everyone logged
 * in reads plans, and sees the assignments of their own agency (the coordinator, the
 * steering committee and administrators see all).
 */
@Tag(name = "Kế hoạch",
        description = "Kế hoạch và phụ lục nhiệm vụ; nhập từ tệp Excel hoặc văn bản Word, xem trước khi tạo; mỗi nhiệm vụ giao cho từng cơ quan chủ trì.")
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String ENTERS_PLANS = "hasAnyRole('ADMIN', 'COORDINATOR')";

    private final Plans plans;

    private final PlanImports imports;

    PlanController(Plans plans, PlanImports imports) {
        this.plans = plans;
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ENTERS_PLANS)
    ResponseEntity<Plan> create(@RequestBody PlanDraft draft, Authentication caller) {
        return answer(plans.create(draft, caller.getName()));
    }

    /**
     * 201 with the plan once all its assignments have started; 202 with its location when
     * its roll-out goes on after {@code oversight.plans.roll-out.answer-within} (the
     * plan's {@code rollOut} tells how far it came).
     */
    static <T> ResponseEntity<T> answer(Plan plan, T body) {
        URI location = URI.create("/api/plans/" + plan.id());
        return plan.rollOut() == null || plan.rollOut().done() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.accepted().location(location).body(body);
    }

    private static ResponseEntity<Plan> answer(Plan plan) {
        return answer(plan, plan);
    }

    /**
     * A plan created from its appendix, and what the import warned about (coordinating
     * bodies outside the directory).
     */
    record ImportedPlan(@JsonUnwrapped Plan plan, List<ImportProblem> warnings) {
    }

    /**
     * Imports the appendix: an .xlsx, or the plan issued as a .docx whose appendix is a
     * table. All or nothing: 400 with every problem by row and column, the warnings and
     * the unknown names with their closest agencies.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ENTERS_PLANS)
    ResponseEntity<ImportedPlan> importWorkbook(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String issuingBody, @RequestParam(required = false) LocalDate issuedOn,
            @RequestParam(required = false) String directive, Authentication caller) throws IOException {
        PlanImports.Imported imported = imports.importFile(
                new PlanDraft(code, title, issuingBody, issuedOn, directive, List.of()), bytes(file), caller.getName());
        return answer(imported.plan(), new ImportedPlan(imported.plan(), imported.warnings()));
    }

    /**
     * The same input as the import: what it would create (tasks, assignments per agency),
     * writing nothing.
     */
    @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ENTERS_PLANS)
    ImportPreview preview(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String issuingBody, @RequestParam(required = false) LocalDate issuedOn,
            @RequestParam(required = false) String directive) throws IOException {
        return imports.preview(new PlanDraft(code, title, issuingBody, issuedOn, directive, List.of()), bytes(file));
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Chưa chọn tệp phụ lục nhiệm vụ (Excel .xlsx hoặc Word .docx)");
        }
        return file.getBytes();
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("mau-phu-luc-ke-hoach.xlsx").build().toString())
            .contentType(MediaType.parseMediaType(XLSX))
            .body(PlanWorkbook.template());
    }

    @GetMapping
    List<Plan> plans() {
        return plans.plans();
    }

    @GetMapping("/{id}")
    Plan plan(@PathVariable long id, Authentication caller) {
        Plan plan = plans.plan(id).orElseThrow(() -> new NotFoundException("Không có kế hoạch số " + id));
        CurrentUser user = CurrentUser.of(caller);
        if (user.overseesAll()) {
            return plan;
        }
        return plan.with(plan.assignments().stream().filter(assignment -> user.belongsTo(assignment.agency())).toList(),
                plan.rollOut());
    }

}
