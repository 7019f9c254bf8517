package org.lectern.web;

import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests do their work at once; the rest wait their turn in arrival order. Without it,
 * a class's worth of requests (each a handful of queries) all competed for the connection pool at
 * once, and on PostgreSQL some lost that race for longer than the pool's timeout and failed with
 * 500 while others went through many times over. Queueing fairly in front of the work turns a peak
 * into waiting, not errors.
 *
 * <p>The queue is bounded by length, not by time: when {@link #maxWaiting} requests already wait,
 * the next one gets a friendly 503 at once. A timed wait would cost a timer per waiting request
 * (a profile of the answer peak showed the timers' scheduling at about 7% of the server's CPU),
 * and a full queue says the same thing sooner: the server is over its capacity.
 */
public final class RequestAdmission {

    /** Requests that may wait per request at work: at the 9:00 peak a class's worth waits well within it. */
    static final int WAITING_PER_PERMIT = 200;

    /** Work that may throw anything a handler may. */
    public interface Work {
        void run() throws Exception;
    }

    private final Semaphore permits;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    private RequestAdmission(Semaphore permits, int maxWaiting) {
        this.permits = permits;
        this.maxWaiting = maxWaiting;
    }

    /** At most {@code concurrent} requests at work at once, admitted first come, first served. */
    public static RequestAdmission of(int concurrent) {
        return of(concurrent, concurrent * WAITING_PER_PERMIT);
    }

    /** As {@link #of(int)}, refusing a request when {@code maxWaiting} others already wait. */
    public static RequestAdmission of(int concurrent, int maxWaiting) {
        return new RequestAdmission(new Semaphore(concurrent, true), maxWaiting);
    }

    public static RequestAdmission unlimited() {
        return new RequestAdmission(null, 0);
    }

    void run(Work work) throws Exception {
        if (permits == null) {
            work.run();
            return;
        }
        // A zero timeout keeps the semaphore's arrival order (plain tryAcquire() would jump the queue) and parks never.
        if (!permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                        "Lectern is very busy right now. Please try again in a minute.");
            }
            try {
                permits.acquire();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            work.run();
        } finally {
            permits.release();
        }
    }
}
