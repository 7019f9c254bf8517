package org.lectern.grading;

/** The one place spreadsheet formula injection is neutralised in exported CSV. */
public final class CsvCells {

    private CsvCells() {}

    /** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + value;
        }
        return value;
    }
}
