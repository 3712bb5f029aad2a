package vn.gov.oversight.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.organization.Succession;
import vn.gov.oversight.organization.SuccessionShare;
import vn.gov.oversight.organization.Successions;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.InvalidInputException;
import vn.gov.oversight.system.InvalidInputException.FieldProblem;

/**
 * Mergers and splits as the coordinator and the administrator see them: the successions
 * recorded and what each moved, and a form to preview a new one item by item before the
 * administrator confirms it.
 */
@Controller
class SuccessionPages {

    /** How people write a share's scope on the form. */
    static final Map<String, SuccessionShare.Scope> SCOPES = Map.of("nhiệm vụ", SuccessionShare.Scope.TASK,
            "nhóm nhiệm vụ", SuccessionShare.Scope.TASK_GROUP, "lĩnh vực", SuccessionShare.Scope.POLICY_AREA, "địa bàn",
            SuccessionShare.Scope.TERRITORY);

    private final Directory directory;

    private final Successions successions;

    private final Clock clock;

    SuccessionPages(Directory directory, Successions successions, Clock clock) {
        this.directory = directory;
        this.successions = successions;
        this.clock = clock;
    }

    /**
     * What the form holds, sent back with the preview so that the administrator confirms
     * exactly it.
     */
    record Form(String predecessor, String successor, LocalDate effectiveOn, Succession.Remainder remainder,
            String decision, String shares) {
    }

    @GetMapping("/oversight/successions")
    String list(Authentication caller, Model model) {
        CurrentUser user = allowed(caller);
        List<Succession> recorded = new ArrayList<>(directory.successions());
        recorded.sort(Comparator.comparing(Succession::effectiveOn).reversed());
        model.addAttribute("successions", recorded);
        model.addAttribute("names", names());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new Form(null, null, LocalDate.now(clock), Succession.Remainder.SUCCESSOR, null, ""));
        }
        return page(model, user);
    }

    @GetMapping("/oversight/successions/{id}")
    String moves(@PathVariable long id, Authentication caller, Model model) {
        CurrentUser user = allowed(caller);
        Succession succession = directory.successions()
            .stream()
            .filter(s -> s.id() == id)
            .findFirst()
            .orElseThrow(() -> new PageRefused(HttpStatus.NOT_FOUND, "Không có quyết định kế thừa số " + id + "."));
        model.addAttribute("succession", succession);
        model.addAttribute("moves", successions.moves(id));
        model.addAttribute("heading", "Đã chuyển đến");
        model.addAttribute("names", names());
        return common(model, user, "oversight/succession");
    }

    @PostMapping("/oversight/successions/preview")
    String preview(@RequestParam String predecessor, @RequestParam(required = false) String successor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam Succession.Remainder remainder, @RequestParam(required = false) String decision,
            @RequestParam(required = false, defaultValue = "") String shares, Authentication caller, Model model) {
        Form form = new Form(predecessor, successor, effectiveOn, remainder, decision, shares);
        model.addAttribute("form", form);
        model.addAttribute("preview", successions.preview(predecessor, request(form)));
        return list(caller, model);
    }

    @PostMapping("/oversight/successions")
    String confirm(@RequestParam String predecessor, @RequestParam(required = false) String successor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam Succession.Remainder remainder, @RequestParam(required = false) String decision,
            @RequestParam(required = false, defaultValue = "") String shares, Authentication caller,
            RedirectAttributes redirect) {
        if (!CurrentUser.of(caller).admin()) {
            throw new PageRefused(HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống ghi quyết định sáp nhập, chia tách.");
        }
        Succession recorded = successions.record(predecessor,
                request(new Form(predecessor, successor, effectiveOn, remainder, decision, shares)));
        redirect.addFlashAttribute("recorded", recorded.id());
        return "redirect:/oversight/successions/" + recorded.id();
    }

    /**
     * The shares, one per line: "nhóm nhiệm vụ: Việc làm => so-noi-vu", "địa bàn =>
     * ubnd-xa-yen-mo".
     */
    static Successions.Request request(Form form) {
        List<SuccessionShare> shares = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = form.shares() == null ? new String[0] : form.shares().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int arrow = line.lastIndexOf("=>");
            String left = arrow < 0 ? line : line.substring(0, arrow).strip();
            String successor = arrow < 0 ? "" : line.substring(arrow + 2).strip();
            int colon = left.indexOf(':');
            String scopeWords = (colon < 0 ? left : left.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? null : left.substring(colon + 1).strip();
            SuccessionShare.Scope scope = SCOPES.get(scopeWords);
            if (scope == null || successor.isEmpty()) {
                problems.add(new FieldProblem("shares", "Dòng " + (i + 1) + " của phần chia: \"" + line + "\" không "
                        + "đúng dạng \"nhóm nhiệm vụ: Việc làm => so-noi-vu\" (phạm vi: nhiệm vụ, nhóm nhiệm vụ, lĩnh "
                        + "vực, địa bàn)."));
                continue;
            }
            shares.add(new SuccessionShare(successor, scope, value == null || value.isEmpty() ? null : value));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Successions.Request(form.successor() == null || form.successor().isBlank() ? null : form.successor(),
                form.effectiveOn(), form.remainder(), form.decision(), shares);
    }

    private CurrentUser allowed(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        if (!user.admin() && !user.coordinator()) {
            throw new PageRefused(HttpStatus.FORBIDDEN,
                    "Trang sáp nhập, chia tách dành cho cơ quan thường trực và quản trị hệ thống.");
        }
        return user;
    }

    private Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        directory.agencies().forEach(agency -> names.put(agency.code(), agency.name()));
        return names;
    }

    private String page(Model model, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("agencies", directory.agenciesOn(today));
        return common(model, user, "oversight/successions");
    }

    private String common(Model model, CurrentUser user, String view) {
        model.addAttribute("user", user);
        model.addAttribute("section", "successions");
        model.addAttribute("ownAgencies", user.agencies().stream().sorted().toList());
        model.addAttribute("at", clock.instant());
        return view;
    }

}
