package vn.gov.oversight.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.StartupOrder;

/**
 * Dated bindings take effect on their day: at start-up and every night the directory is
 * re-applied to Camunda (memberships, coordinator, steering committee, successions whose
 * day has come).
 */
@Component
@Order(StartupOrder.DIRECTORY)
class DirectoryReconciler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryReconciler.class);

    private final Directory directory;

    DirectoryReconciler(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        directory.reconcile();
    }

    @Scheduled(cron = "${oversight.directory.reconcile-cron}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        log.info("Re-applying the directory for {}", directory.today());
        directory.reconcile();
    }

}
