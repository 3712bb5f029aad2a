package vn.gov.oversight.oversight;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.Workbooks;

/**
 * {@code GET /api/board}: every agency for those who oversee; an agency's members see
 * their own row. The list behind each number at {@code /api/board/items}. The oversight
 * pages show the same.
 */
@Tag(name = "Bảng theo dõi",
        description = "Số nhiệm vụ của từng cơ quan theo tình trạng thời hạn và danh sách "
                + "nhiệm vụ sau mỗi con số; lọc theo kế hoạch, nhóm nhiệm vụ và kỳ; cũng có dạng bảng tính .xlsx.")
@RestController
class BoardController {

    private final Board board;

    private final Clock clock;

    BoardController(Board board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/api/board")
    Board.View board(@Parameter(description = "Mã kế hoạch") @RequestParam(required = false) String plan,
            @Parameter(description = "Nhóm nhiệm vụ") @RequestParam(required = false) String group,
            @Parameter(description = "Kỳ theo thời hạn: năm (2026) hoặc quý (2026-Q3)") @RequestParam(
                    required = false) String period,
            Authentication caller) {
        return board.of(visibleTo(caller), new BoardFilter(plan, group, period), clock.instant());
    }

    /** The same board, for the same caller and filters, as a workbook. */
    @GetMapping("/api/board.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String plan,
            @RequestParam(required = false) String group, @RequestParam(required = false) String period,
            Authentication caller) {
        return Workbooks.download("theo-doi-nhiem-vu.xlsx", BoardWorkbook.of(board(plan, group, period, caller)));
    }

    @GetMapping("/api/board/items")
    List<Board.Item> items(@Parameter(description = "Mã cơ quan chủ trì") @RequestParam(required = false) String agency,
            @Parameter(description = "Con số của bảng") @RequestParam(required = false) Board.Count status,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String group,
            @RequestParam(required = false) String period, Authentication caller) {
        return board.items(visibleTo(caller), new BoardFilter(plan, group, period), agency, status, clock.instant());
    }

    @GetMapping("/api/board/items.xlsx")
    ResponseEntity<byte[]> itemsWorkbook(@RequestParam(required = false) String agency,
            @RequestParam(required = false) Board.Count status, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String group, @RequestParam(required = false) String period,
            Authentication caller) {
        List<Board.Item> items = items(agency, status, plan, group, period, caller);
        return Workbooks.download("danh-sach-nhiem-vu.xlsx", BoardItemsWorkbook
            .of("DANH SÁCH NHIỆM VỤ" + (status == null ? "" : " – " + status.label().toUpperCase()), items));
    }

    static Predicate<String> visibleTo(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return agency -> user.overseesAll() || user.belongsTo(agency);
    }

}
