package vn.gov.oversight.organization;

/**
 * A part of a predecessor's work that goes to one successor: a task (its code in the
 * plan), a task group, a policy area, or a part of its territory (a commune or ward that
 * took over part of a district).
 */
public record SuccessionShare(String successorCode, Scope scope, String value) {

    public enum Scope {

        TASK("nhiệm vụ"), TASK_GROUP("nhóm nhiệm vụ"), POLICY_AREA("lĩnh vực chính sách"), TERRITORY("địa bàn");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    boolean takes(WorkItem item) {
        return switch (scope) {
            case TASK -> value.equalsIgnoreCase(nullToEmpty(item.taskCode()));
            case TASK_GROUP -> value.equalsIgnoreCase(nullToEmpty(item.taskGroup()));
            case POLICY_AREA -> item.policyAreas().stream().anyMatch(value::equalsIgnoreCase);
            case TERRITORY -> false;
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
