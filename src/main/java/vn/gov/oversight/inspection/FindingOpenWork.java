package vn.gov.oversight.inspection;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.oversight.organization.Destination;
import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.organization.OpenWork;
import vn.gov.oversight.organization.WorkItem;

/**
 * An agency's findings not closed yet, in a succession: the successor remedies them and
 * sees the inspection. A remediation cannot be shared out: when the agency's work is
 * shared among several successors, or handed back, its findings go to the coordinator,
 * who follows them up.
 */
@Component
@Order(30)
@Transactional
class FindingOpenWork implements OpenWork {

    static final String KIND = "FINDING";

    private final InspectionStore store;

    private final Directory directory;

    FindingOpenWork(InspectionStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public List<WorkItem> openWorkOf(String agencyCode) {
        return store.openFindingsOf(agencyCode)
            .stream()
            .map(finding -> new WorkItem(KIND, String.valueOf(finding.id()),
                    "Phát hiện của cuộc kiểm tra \"" + finding.title() + "\": " + finding.description(), null, null,
                    null))
            .toList();
    }

    @Override
    public void move(WorkItem item, Destination destination, Transfer transfer) {
        String to = destination.isSingle() ? destination.single() : transfer.coordinatorCode();
        long id = Long.parseLong(item.id());
        InspectionStore.OpenFinding finding = store.openFinding(id).orElseThrow();
        store.moveFinding(id, finding.inspectionId(), to);
        if (finding.processInstanceId() != null) {
            directory.moveInstance(finding.processInstanceId(), transfer.predecessorCode(), to);
        }
    }

}
