package vn.gov.oversight.system;

/** Small helpers for what people type. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks; null when there is nothing else. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
