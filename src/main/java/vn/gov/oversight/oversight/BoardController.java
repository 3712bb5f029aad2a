package vn.gov.oversight.oversight;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.oversight.system.CurrentUser;

/** {@code GET /api/board}: every agency for those who oversee; an agency's members see their own row. */
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
}
