package org.lectern.testing;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/**
 * State-changing requests for the crash-safety harness: each acknowledged write (a success status)
 * must survive a SIGKILL. Today's workload is students joining a class ({@link StudentSignups});
 * when answer submission lands, a workload posting answers plugs in the same way.
 */
public interface WriteWorkload {

    /** Sets up what the writes need (accounts, a class…) on the running server. */
    void prepare(String baseUrl) throws Exception;

    /** Performs write number {@code n}; returns its key when the server acknowledged it, else null. */
    String write(String baseUrl, int n) throws Exception;

    /** The acknowledged keys that are not in the database. */
    List<String> missing(DSLContext dsl, Collection<String> acknowledged);

    /** Rows that break the workload's invariants (half-done writes), described for the failure message. */
    List<String> inconsistencies(DSLContext dsl);

    /** A check over HTTP after the restart that an acknowledged write is usable, not just stored. */
    boolean usableAfterRestart(String baseUrl, String key) throws Exception;
}
