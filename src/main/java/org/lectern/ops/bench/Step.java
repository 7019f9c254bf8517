package org.lectern.ops.bench;

/**
 * One thing a simulated student does, over and over for the length of the run: usually one
 * request. The benchmark times each call and counts it as an error when it throws or returns
 * {@link Outcome#failure}. New steps (the module page, answer submission, a discussion post) are
 * classes implementing this, added to the journey in {@link Journeys}.
 */
public interface Step {

    /** What the step counts towards in the report's headline figures. */
    enum Role {
        /** Reading a page (the module page: {@code page_rps}, {@code page_ratio}). */
        PAGE,
        /** Submitting work that must never be lost ({@code submit_rps}, {@code submit_p99_ms}). */
        SUBMIT,
        /** Anything else: reported per step only. */
        OTHER
    }

    /** Short snake_case name used in the table and the JSON (e.g. "module_page"). */
    String name();

    Role role();

    /** The kind of write this step's acknowledgements count towards ("answers"), checked after the run; null for reads. */
    default String acknowledges() {
        return null;
    }

    /** Performs the step as this visitor. Transport problems may be thrown; they count as errors. */
    Outcome perform(Visitor visitor) throws Exception;

    /**
     * How many times in a row this visitor performs the step in one round, each timed on its own
     * (one answer per question of the module: as many as the visitor's questions page has).
     */
    default int times(Visitor visitor) {
        return 1;
    }

    /**
     * @param succeeded whether the server answered as it should
     * @param acknowledged writes the server acknowledged with a success status in this call, which
     *     the durability check later expects to find in the database
     */
    record Outcome(boolean succeeded, int acknowledged) {
        public static Outcome success() {
            return new Outcome(true, 0);
        }

        public static Outcome failure() {
            return new Outcome(false, 0);
        }

        public static Outcome acknowledged(int writes) {
            return new Outcome(true, writes);
        }

        public static Outcome of(boolean ok) {
            return ok ? success() : failure();
        }
    }
}
