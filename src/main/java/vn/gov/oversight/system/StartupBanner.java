package vn.gov.oversight.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the application where to go and, in the demo, how to log
 * in.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final ObjectProvider<DemoLogins> demoLogins;

    StartupBanner(ObjectProvider<DemoLogins> demoLogins) {
        this.demoLogins = demoLogins;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        StringBuilder banner = new StringBuilder("\n\n  Hệ thống theo dõi, đôn đốc thực hiện kế hoạch đã sẵn sàng\n")
            .append("  Bảng theo dõi, việc chuyển Ban Chỉ đạo, tiến độ: ")
            .append(base)
            .append("/oversight\n")
            .append("  Tasklist (việc cần làm): ")
            .append(base)
            .append("/camunda/app/tasklist/\n")
            .append("  Cockpit (giám sát quy trình): ")
            .append(base)
            .append("/camunda/app/cockpit/\n")
            .append("  Admin (người dùng, nhóm): ")
            .append(base)
            .append("/camunda/app/admin/\n")
            .append("  API của ứng dụng: ")
            .append(base)
            .append("/api/agencies (mô tả OpenAPI: /swagger-ui.html)\n")
            .append("  Camunda REST API: ")
            .append(base)
            .append("/engine-rest/\n")
            .append("  Tình trạng: ")
            .append(base)
            .append("/actuator/health\n");
        List<DemoLogins.Login> logins = demoLogins.orderedStream()
            .flatMap(source -> source.demoLogins().stream())
            .toList();
        if (!logins.isEmpty()) {
            banner.append("\n  Tài khoản demo (tên đăng nhập / mật khẩu):\n");
            logins.forEach(login -> banner
                .append(String.format("    %-28s %-8s %s%n", login.userId(), login.password(), login.description())));
        }
        log.info("{}", banner);
    }

}
