package vn.gov.oversight.system;

/**
 * The name a task shows in lists (Tasklist, the API): the step as the model names it,
 * then what it is about, so that two "Tiếp nhận nhiệm vụ" of one agency are told apart.
 * Kept within the engine's 255 characters.
 */
public final class TaskNames {

    private static final int MAX = 255;

    private static final int ABOUT_MAX = 120;

    private TaskNames() {
    }

    public static String of(String step, String about, String context) {
        String shortAbout = about.length() > ABOUT_MAX ? about.substring(0, ABOUT_MAX - 1).strip() + "…" : about;
        String name = step + ": " + shortAbout + (context == null ? "" : " (" + context + ")");
        return name.length() > MAX ? name.substring(0, MAX - 1) + "…" : name;
    }

}
