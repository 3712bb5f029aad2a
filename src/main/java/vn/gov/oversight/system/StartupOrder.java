package vn.gov.oversight.system;

/**
 * The order in which the start-up runners of the modules run, in one place: the holiday
 * calendar first (every deadline computed afterwards counts working days), then the
 * directory mirrored into Camunda and the successions whose day has come applied, then
 * the demo's data, each part on what the earlier ones loaded.
 */
public final class StartupOrder {

    /** The shipped public holidays, before anything computes a deadline. */
    public static final int HOLIDAYS = 1;

    /**
     * Camunda's users, groups and grants in line with the directory; successions due
     * applied.
     */
    public static final int DIRECTORY = 2;

    /** The demo's directory of 2021. */
    public static final int DEMO_DIRECTORY = 10;

    /**
     * The other names of the demo's agencies and the collective phrases, which name those
     * agencies.
     */
    public static final int DEMO_AGENCY_NAMES = 11;

    /** Plan 151 and its assignments, for the agencies of 2021. */
    public static final int DEMO_PLAN = 20;

    /** The reporting period under way, for the reporters the directory has then. */
    public static final int DEMO_REPORTING = 30;

    /** The demo inspections, of agencies of 2021. */
    public static final int DEMO_INSPECTION = 40;

    /**
     * The changes since 2021, which move the open work loaded above to today's agencies.
     */
    public static final int DEMO_HISTORY = 50;

    private StartupOrder() {
    }

}
