package org.lectern.web;

import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests do their work at once; the rest wait their turn in arrival order. Without it,
 * a class's worth of requests (each a handful of queries) all competed for the connection pool at
 * once, and on PostgreSQL some lost that race for longer than the pool's timeout and failed with
 * 500 while others went through many times over. Queueing fairly in front of the work turns a peak
 * into waiting, not errors. A request that cannot start within {@link #MAX_WAIT_SECONDS} gets a
 * friendly 503 with Retry-After.
 */
public final class RequestAdmission {

    static final long MAX_WAIT_SECONDS = 30;

    /** Work that may throw anything a handler may. */
    public interface Work {
        void run() throws Exception;
    }

    private final Semaphore permits;

    private RequestAdmission(Semaphore permits) {
        this.permits = permits;
    }

    /** At most {@code concurrent} requests at work at once, admitted first come, first served. */
    public static RequestAdmission of(int concurrent) {
        return new RequestAdmission(new Semaphore(concurrent, true));
    }

    public static RequestAdmission unlimited() {
        return new RequestAdmission(null);
    }

    void run(Work work) throws Exception {
        if (permits == null) {
            work.run();
            return;
        }
        if (!permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "Lectern is very busy right now. Please try again in a minute.");
        }
        try {
            work.run();
        } finally {
            permits.release();
        }
    }
}
