package vn.gov.oversight.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.oversight.assignment.Assignment;
import vn.gov.oversight.assignment.Assignments;
import vn.gov.oversight.escalation.Escalation;
import vn.gov.oversight.escalation.Escalations;
import vn.gov.oversight.organization.Agency;
import vn.gov.oversight.notification.SentMails;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.reporting.ProgressOverview;
import vn.gov.oversight.reporting.Reports;
import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.PeopleDates;
import vn.gov.oversight.system.Workbooks;

/**
 * The oversight pages, in Vietnamese, behind the pages' login: the coordinator's board
 * and the lists behind its numbers, an agency's own page, the steering committee's inbox
 * and the progress charts. Each shows what the JSON API shows the same person, and
 * nothing of an agency the person may not see.
 */
@Controller
class OversightPages {

    /**
     * Rows of a list on one page: a province-wide list of 20,000 assignments is read a
     * page at a time.
     */
    static final int PAGE_SIZE = 100;

    private final Board board;

    private final Assignments assignments;

    private final Escalations escalations;

    private final Reports reports;

    private final Directory directory;

    private final TaskLinks taskLinks;

    private final SentMails sentMails;

    private final ObjectMapper json;

    private final Clock clock;

    OversightPages(Board board, Assignments assignments, Escalations escalations, Reports reports, Directory directory,
            TaskLinks taskLinks, SentMails sentMails, ObjectMapper json, Clock clock) {
        this.board = board;
        this.assignments = assignments;
        this.escalations = escalations;
        this.reports = reports;
        this.directory = directory;
        this.taskLinks = taskLinks;
        this.sentMails = sentMails;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/oversight/home";
    }

    /** Each role lands where its daily question is answered. */
    @GetMapping("/oversight/home")
    String home(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        if (user.admin() || user.coordinator()) {
            return "redirect:/oversight";
        }
        if (user.steeringCommittee()) {
            return "redirect:/oversight/escalations";
        }
        if (user.agencies().size() == 1) {
            return "redirect:/oversight/agencies/" + user.agencies().iterator().next();
        }
        return "redirect:/oversight";
    }

    @GetMapping("/oversight")
    String board(@RequestParam(required = false) String plan, @RequestParam(required = false) String group,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "overdue") String sort,
            @RequestParam(defaultValue = "desc") String dir, Authentication caller, HttpServletRequest request,
            Model model) {
        BoardFilter filter = new BoardFilter(plan, group, period);
        Board.View view = board.of(BoardController.visibleTo(caller), filter, clock.instant());
        BoardSort order = BoardSort.of(sort);
        boolean descending = !"asc".equals(dir);
        Comparator<Board.Row> comparator = descending ? order.comparator().reversed() : order.comparator();
        model.addAttribute("view", view);
        model.addAttribute("rows", view.agencies().stream().sorted(comparator.thenComparing(Board.Row::name)).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("descending", descending);
        model.addAttribute("columns", BoardSort.values());
        model.addAttribute("nav", new PageLinks(filter, order, descending));
        model.addAttribute("workbook", PageLinks.workbook("/oversight/board", request.getQueryString()));
        return common(model, caller, "board", "oversight/board");
    }

    @GetMapping("/oversight/board.xlsx")
    ResponseEntity<byte[]> boardWorkbook(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String group, @RequestParam(required = false) String period,
            Authentication caller) {
        Board.View view = board.of(BoardController.visibleTo(caller), new BoardFilter(plan, group, period),
                clock.instant());
        return Workbooks.download("theo-doi-nhiem-vu.xlsx", BoardWorkbook.of(view));
    }

    /** The list behind a number of the board. */
    @GetMapping("/oversight/assignments")
    String items(@RequestParam(required = false) String agency, @RequestParam(required = false) Board.Count status,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String group,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "1") int page,
            Authentication caller, HttpServletRequest request, Model model) {
        BoardFilter filter = new BoardFilter(plan, group, period);
        Predicate<String> visible = BoardController.visibleTo(caller);
        if (agency != null && !visible.test(agency)) {
            throw new PageRefused(HttpStatus.FORBIDDEN, "Bạn không có quyền xem nhiệm vụ của cơ quan này.");
        }
        List<Board.Item> all = board.items(visible, filter, agency, status, clock.instant());
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<Board.Item> shown = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
        model.addAttribute("items", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("status", status);
        model.addAttribute("filter", filter);
        model.addAttribute("nav", new PageLinks(filter, BoardSort.OVERDUE, true));
        model.addAttribute("agencyCode", agency);
        model.addAttribute("agency", agency == null ? null : directory.agency(agency).map(Agency::name).orElse(agency));
        model.addAttribute("links", taskLinks.waitingIn(shown.stream().map(Board.Item::processInstanceId).toList()));
        model.addAttribute("query", request.getQueryString());
        model.addAttribute("workbook", PageLinks.workbook("/oversight/assignments", request.getQueryString()));
        return common(model, caller, "board", "oversight/items");
    }

    @GetMapping("/oversight/assignments.xlsx")
    ResponseEntity<byte[]> itemsWorkbook(@RequestParam(required = false) String agency,
            @RequestParam(required = false) Board.Count status, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String group, @RequestParam(required = false) String period,
            Authentication caller) {
        Predicate<String> visible = BoardController.visibleTo(caller);
        if (agency != null && !visible.test(agency)) {
            throw new PageRefused(HttpStatus.FORBIDDEN, "Bạn không có quyền xem nhiệm vụ của cơ quan này.");
        }
        List<Board.Item> items = board.items(visible, new BoardFilter(plan, group, period), agency, status,
                clock.instant());
        return Workbooks.download("danh-sach-nhiem-vu.xlsx", BoardItemsWorkbook
            .of("DANH SÁCH NHIỆM VỤ" + (status == null ? "" : " – " + status.label().toUpperCase()), items));
    }

    /** What an agency must do, by due date, with status and history. */
    @GetMapping("/oversight/agencies/{code}")
    String agency(@PathVariable String code, Authentication caller, Model model) {
        CurrentUser user = CurrentUser.of(caller);
        if (!user.overseesAll() && !user.belongsTo(code)) {
            throw new PageRefused(HttpStatus.FORBIDDEN, "Bạn chỉ xem được trang của cơ quan mình.");
        }
        Agency agency = directory.agency(code)
            .orElseThrow(() -> new PageRefused(HttpStatus.NOT_FOUND, "Không có cơ quan mã '" + code + "'."));
        Instant now = clock.instant();
        Predicate<String> only = code::equals;
        Board.View view = board.of(only, BoardFilter.ALL, now);
        List<Board.Item> items = board.items(only, BoardFilter.ALL, code, null, now);
        List<Board.Item> open = items.stream()
            .filter(item -> !item.status().isDone())
            .sorted(Comparator.comparing(Board.Item::dueAt).thenComparing(Board.Item::taskCode))
            .toList();
        List<Board.Item> done = items.stream()
            .filter(item -> item.status().isDone())
            .sorted(Comparator.comparing(Board.Item::completedOn, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
        Map<Long, List<Assignment.Event>> history = assignments.histories(items.stream().map(Board.Item::id).toList());
        List<Escalation> about = escalations.search(null, code, null)
            .stream()
            .sorted(Comparator.comparing(Escalation::raisedAt).reversed())
            .toList();
        model.addAttribute("agency", agency);
        model.addAttribute("row",
                view.agencies().stream().findFirst().orElse(Board.Row.of(code, agency.name(), Board.Counts.ZERO)));
        model.addAttribute("open", open);
        model.addAttribute("done", done);
        model.addAttribute("history", history);
        model.addAttribute("escalations", about);
        model.addAttribute("links", taskLinks.waitingIn(open.stream().map(Board.Item::processInstanceId).toList()));
        model.addAttribute("today", LocalDate.ofInstant(now, PeopleDates.VIETNAM));
        return common(model, caller, "agency", "oversight/agency");
    }

    /**
     * The steering committee's inbox: open escalations oldest first, then the decided
     * ones.
     */
    @GetMapping("/oversight/escalations")
    String escalations(@RequestParam(required = false) String plan, @RequestParam(required = false) String agency,
            Authentication caller, HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.of(caller);
        if (agency != null && !user.overseesAll() && !user.belongsTo(agency)) {
            throw new PageRefused(HttpStatus.FORBIDDEN,
                    "Bạn không có quyền xem việc chuyển Ban Chỉ đạo của cơ quan này.");
        }
        List<Escalation> visible = escalations.search(null, agency, plan)
            .stream()
            .filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency()))
            .toList();
        List<Escalation> open = visible.stream()
            .filter(escalation -> escalation.status() != Escalation.Status.CLOSED)
            .sorted(Comparator.comparing(Escalation::raisedAt).thenComparing(Escalation::id))
            .toList();
        List<Escalation> decided = visible.stream()
            .filter(escalation -> escalation.status() == Escalation.Status.CLOSED)
            .sorted(Comparator.comparing(Escalation::decidedAt, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), PeopleDates.VIETNAM);
        Map<Long, Long> daysOverdue = new HashMap<>();
        open.forEach(escalation -> daysOverdue.put(escalation.id(),
                Math.max(0, ChronoUnit.DAYS.between(escalation.dueDate(), today))));
        model.addAttribute("open", open);
        model.addAttribute("decided", decided);
        model.addAttribute("daysOverdue", daysOverdue);
        model.addAttribute("before", escalations.rungsBefore(open));
        model.addAttribute("names", agencyNames());
        model.addAttribute("links",
                taskLinks.waitingIn(open.stream().map(Escalation::reviewProcessInstanceId).toList()));
        model.addAttribute("decides", user.steeringCommittee() || user.admin());
        model.addAttribute("workbook", PageLinks.workbook("/oversight/escalations", request.getQueryString()));
        return common(model, caller, "escalations", "oversight/escalations");
    }

    @GetMapping("/oversight/escalations.xlsx")
    ResponseEntity<byte[]> escalationsWorkbook(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String agency, Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        List<Escalation> visible = escalations.search(null, agency, plan)
            .stream()
            .filter(escalation -> user.overseesAll() || user.belongsTo(escalation.agency()))
            .toList();
        Map<String, String> names = agencyNames();
        return Workbooks.download("viec-chuyen-ban-chi-dao.xlsx",
                escalations.workbook(visible, code -> names.getOrDefault(code, code)));
    }

    /**
     * Charts of poor and near-poor households over the periods, and the coverage of each
     * support policy.
     */
    @GetMapping("/oversight/progress")
    String progress(Authentication caller, Model model) throws JsonProcessingException {
        CurrentUser user = CurrentUser.of(caller);
        ProgressOverview progress = reports.progress(agency -> user.overseesAll() || user.belongsTo(agency),
                user.overseesAll());
        model.addAttribute("progress", progress);
        model.addAttribute("progressJson", json.writeValueAsString(progress));
        return common(model, caller, "progress", "oversight/progress");
    }

    /**
     * The mails sent to the person: reminders, notices, escalations, decisions, returns.
     */
    @GetMapping("/oversight/mail")
    String mail(Authentication caller, Model model) {
        model.addAttribute("mails", sentMails.to(caller.getName()));
        return common(model, caller, "mail", "oversight/mail");
    }

    private Map<String, String> agencyNames() {
        Map<String, String> names = new HashMap<>();
        directory.agencies().forEach(agency -> names.put(agency.code(), agency.name()));
        return names;
    }

    private String common(Model model, Authentication caller, String section, String view) {
        CurrentUser user = CurrentUser.of(caller);
        model.addAttribute("user", user);
        model.addAttribute("section", section);
        model.addAttribute("ownAgencies", user.agencies().stream().sorted().toList());
        model.addAttribute("at", clock.instant());
        return view;
    }

}
