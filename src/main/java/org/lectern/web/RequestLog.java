package org.lectern.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log, written by one background thread. Logging straight from request threads made
 * every request queue for the log's output lock: at a class-sized peak most request threads were
 * found waiting there (a profile showed 88 of them) while their responses were already done. A
 * request now only formats its line and hands it over. When the output cannot keep up and the
 * queue is full, lines are dropped and the number dropped is logged, rather than slowing requests.
 * The writer wakes on a short timer instead of on every line: waking it per request cost a
 * context switch per request (6% of a module page's CPU in a profile at a class-sized peak).
 */
final class RequestLog {

    private static final Logger REQUESTS = LoggerFactory.getLogger("lectern.requests");
    private static final int CAPACITY = 50_000;
    /** How long the writer sleeps when it finds nothing to write. */
    private static final long IDLE_NANOS = 50_000_000L;
    private static final RequestLog SHARED = new RequestLog();

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Object writing = new Object();

    private RequestLog() {
        if (REQUESTS.isInfoEnabled()) {
            Thread.ofPlatform().daemon().name("lectern-request-log").start(this::drainForever);
        }
    }

    static RequestLog shared() {
        return SHARED;
    }

    void log(String method, String path, int status, float ms) {
        if (!REQUESTS.isInfoEnabled()) {
            return;
        }
        String line = "method=" + method + " path=" + path + " status=" + status + " duration_ms=" + Math.round(ms * 10) / 10.0;
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** Writes out what is queued (on stop, so the last requests are in the log). */
    void flush() {
        writeBatch(new ArrayList<>());
    }

    private void drainForever() {
        List<String> batch = new ArrayList<>(1024);
        while (!Thread.currentThread().isInterrupted()) {
            if (queue.isEmpty()) {
                LockSupport.parkNanos(IDLE_NANOS);
                continue;
            }
            writeBatch(batch);
        }
    }

    private void writeBatch(List<String> batch) {
        synchronized (writing) {
            queue.drainTo(batch, 4096);
            for (String line : batch) {
                REQUESTS.info(line);
            }
            batch.clear();
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                REQUESTS.warn("{} request log lines dropped: requests came faster than the log could be written", lost);
            }
        }
    }
}
