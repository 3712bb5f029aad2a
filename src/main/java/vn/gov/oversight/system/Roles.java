package vn.gov.oversight.system;

/**
 * The Spring Security roles of a caller of the application's API, derived from Camunda
 * groups by the API's authentication provider. Agency membership becomes an authority
 * {@code AGENCY_<code>}.
 */
public final class Roles {

    /**
     * Camunda's administrators group, created by the starter from
     * {@code camunda.bpm.admin-user}.
     */
    public static final String ADMIN_GROUP = "camunda-admin";

    /**
     * The Camunda group of the members of the agency that is the coordinator (standing
     * agency) today.
     */
    public static final String COORDINATOR_GROUP = "coordinator";

    /** The Camunda group of the steering committee's members. */
    public static final String STEERING_COMMITTEE_GROUP = "steering-committee";

    public static final String ADMIN = "ADMIN";

    public static final String COORDINATOR = "COORDINATOR";

    public static final String STEERING_COMMITTEE = "STEERING_COMMITTEE";

    public static final String AGENCY_AUTHORITY_PREFIX = "AGENCY_";

    private Roles() {
    }

}
