package vn.gov.oversight.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notifications}: the mails sent to the caller, newest first. */
@Tag(name = "Thư thông báo",
        description = "Các thư đã gửi cho người dùng: giao việc, nhắc hạn, quá hạn, chuyển Ban Chỉ đạo, quyết định, trả lại.")
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final SentMails mails;

    NotificationController(SentMails mails) {
        this.mails = mails;
    }

    @GetMapping
    List<SentMail> mine(Authentication caller) {
        return mails.to(caller.getName());
    }

}
