package vn.gov.oversight.plan;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.organization.AgencyNames;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.InvalidInputException;

/**
 * The import page of the coordinator: upload the appendix (.xlsx or the issued .docx)
 * with the plan's heading, see what would be created, map each unknown name to an agency
 * once (remembered as its other name), confirm. The upload waits in the person's session
 * between the steps, so the file is sent only once.
 */
@Controller
class PlanImportPage {

    static final String PATH = "/oversight/plans/import";

    private static final String UPLOAD = PlanImportPage.class.getName() + ".upload";

    private static final String VIEW = "plan/import";

    private final PlanImports imports;

    private final AgencyNames names;

    private final Directory directory;

    private final Clock clock;

    PlanImportPage(PlanImports imports, AgencyNames names, Directory directory, Clock clock) {
        this.imports = imports;
        this.names = names;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What was uploaded, kept in the session until the import is confirmed or another
     * file is uploaded.
     */
    record Upload(String fileName, byte[] file, String code, String title, String issuingBody, LocalDate issuedOn,
            String directive) implements Serializable {

        PlanDraft header() {
            return new PlanDraft(code, title, issuingBody, issuedOn, directive, List.of());
        }
    }

    @GetMapping(PATH)
    String form(Authentication caller, HttpServletResponse response, Model model) {
        return page(caller, response, model, null, null);
    }

    @PostMapping(PATH)
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String code,
            @RequestParam(required = false) String title, @RequestParam(required = false) String issuingBody,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String directive, Authentication caller, HttpSession session,
            HttpServletResponse response, Model model) throws IOException {
        if (!allowed(caller)) {
            return page(caller, response, model, null, null);
        }
        Upload upload = new Upload(file == null ? "" : file.getOriginalFilename(),
                file == null || file.isEmpty() ? null : file.getBytes(), code, title, issuingBody, issuedOn, directive);
        if (upload.file() == null) {
            model.addAttribute("upload", upload);
            return page(caller, response, model, null, "Chưa chọn tệp phụ lục (Excel .xlsx hoặc Word .docx).");
        }
        session.setAttribute(UPLOAD, upload);
        return previewOf(upload, caller, response, model, null);
    }

    /**
     * Remembers an unknown name as another name of the agency chosen, then previews
     * again.
     */
    @PostMapping(PATH + "/alias")
    String alias(@RequestParam(required = false) String name, @RequestParam(required = false) String agencyCode,
            Authentication caller, HttpSession session, HttpServletResponse response, Model model) {
        Upload upload = allowed(caller) ? (Upload) session.getAttribute(UPLOAD) : null;
        if (upload == null) {
            return page(caller, response, model, null, allowed(caller) ? "Hãy tải tệp phụ lục lên trước." : null);
        }
        String notice;
        try {
            names.addAlias(agencyCode, name, caller.getName());
            notice = "Đã ghi nhớ '" + name + "' là tên gọi khác của "
                    + directory.agency(agencyCode).map(Agency::name).orElse(agencyCode) + ".";
        }
        catch (InvalidInputException refused) {
            notice = String.join(" ",
                    refused.errors().stream().map(InvalidInputException.FieldProblem::message).toList());
        }
        return previewOf(upload, caller, response, model, notice);
    }

    @PostMapping(PATH + "/confirm")
    String confirm(Authentication caller, HttpSession session, HttpServletResponse response, Model model) {
        Upload upload = allowed(caller) ? (Upload) session.getAttribute(UPLOAD) : null;
        if (upload == null) {
            return page(caller, response, model, null, allowed(caller) ? "Hãy tải tệp phụ lục lên trước." : null);
        }
        try {
            PlanImports.Imported imported = imports.importFile(upload.header(), upload.file(), caller.getName());
            session.removeAttribute(UPLOAD);
            model.addAttribute("created", imported.plan());
            model.addAttribute("warnings", imported.warnings());
            return page(caller, response, model, null, null);
        }
        catch (ImportRefusedException | InvalidInputException refused) {
            // Something changed since the preview (the code taken meanwhile, an agency
            // ended): show it again.
            return previewOf(upload, caller, response, model, "Chưa tạo được kế hoạch: " + refused.getMessage());
        }
    }

    private String previewOf(Upload upload, Authentication caller, HttpServletResponse response, Model model,
            String notice) {
        model.addAttribute("upload", upload);
        return page(caller, response, model, imports.preview(upload.header(), upload.file()), notice);
    }

    private String page(Authentication caller, HttpServletResponse response, Model model, ImportPreview preview,
            String notice) {
        CurrentUser user = CurrentUser.of(caller);
        if (!allowed(caller)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("status", HttpStatus.FORBIDDEN.value());
            model.addAttribute("message", "Chỉ cơ quan thường trực và quản trị viên được nhập kế hoạch.");
            return "oversight/refused";
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("user", user);
        model.addAttribute("section", "import");
        model.addAttribute("ownAgencies", user.agencies().stream().sorted().toList());
        model.addAttribute("at", clock.instant());
        model.addAttribute("preview", preview);
        model.addAttribute("notice", notice);
        model.addAttribute("today", today);
        model.addAttribute("agencies", directory.agenciesOn(today));
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new Upload("", null, "", "", "ubnd-tinh", null, ""));
        }
        return VIEW;
    }

    private static boolean allowed(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return user.admin() || user.coordinator();
    }

}
