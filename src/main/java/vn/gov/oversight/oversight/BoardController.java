package vn.gov.oversight.oversight;

import java.time.Clock;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;
import vn.gov.oversight.system.Workbooks;

/** {@code GET /api/board}: every agency for those who oversee; an agency's members see their own row. */
@Tag(name = "Bảng theo dõi", description = "Số nhiệm vụ của từng cơ quan theo tình trạng thời hạn; cũng có dạng bảng tính .xlsx.")
@RestController
class BoardController {

    private final Board board;
    private final Clock clock;

    BoardController(Board board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/api/board")
    Board.View board(Authentication caller) {
        CurrentUser user = CurrentUser.of(caller);
        return board.of(agency -> user.overseesAll() || user.belongsTo(agency), clock.instant());
    }

    /** The same board, for the same caller, as a workbook. */
    @GetMapping("/api/board.xlsx")
    ResponseEntity<byte[]> workbook(Authentication caller) {
        return Workbooks.download("theo-doi-nhiem-vu.xlsx", BoardWorkbook.of(board(caller)));
    }
}
