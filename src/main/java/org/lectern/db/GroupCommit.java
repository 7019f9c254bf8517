package org.lectern.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: small writes from many requests at once share one transaction and one commit.
 * At a class's peak (every student answering at once) a commit per answer was a third of an
 * answer's cost on H2 (each commit writes a new chunk of the file) and on PostgreSQL each is a
 * flush to disk. Here one writer takes whatever writes are waiting, runs each in its own
 * savepoint, commits once, and only then tells each request how its write went: a request is
 * acknowledged only after the commit that holds its write, so nothing acknowledged can be lost.
 * One write failing (a rejected answer) rolls back to its savepoint and leaves the others.
 * When there is no crowd a batch is one write, as before.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Writes per transaction at most: keeps a batch's locks short. */
    static final int MAX_BATCH = 64;
    /** How long close() waits for the writes already queued. */
    private static final long WAIT_SECONDS = 30;

    private record Job<T>(Function<DSLContext, T> work, CompletableFuture<T> done) {}

    private final DSLContext dsl;
    private final LinkedBlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    public GroupCommit(DSLContext dsl, String name) {
        this.dsl = dsl;
        this.writer = Thread.ofPlatform().daemon().name("lectern-group-commit-" + name).start(this::writeForever);
    }

    /**
     * Runs {@code work} in a transaction shared with other requests' writes and returns its result
     * once that transaction is committed. Whatever {@code work} throws is thrown here, and its
     * changes are not committed; if the commit itself fails, every write of the batch fails.
     */
    public <T> T run(Function<DSLContext, T> work) {
        if (closed) {
            throw new IllegalStateException("Lectern is stopping");
        }
        Job<T> job = new Job<>(work, new CompletableFuture<>());
        queue.add(job);
        try {
            // No timeout here (a timed wait costs a timer task per request): the writer completes
            // every job it takes, successfully or not, and close() fails the ones left.
            return job.done().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving", e);
        }
    }

    private void writeForever() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Job<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeBatch(batch);
            } catch (InterruptedException e) {
                if (closed) {
                    continue;
                }
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                LOG.error("group commit failed", e);
                batch.forEach(j -> j.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeBatch(List<Job<?>> batch) {
        Object[] results = new Object[batch.size()];
        RuntimeException[] failures = new RuntimeException[batch.size()];
        try {
            dsl.transaction(cfg -> {
                DSLContext tx = cfg.dsl();
                for (int i = 0; i < batch.size(); i++) {
                    Job<?> job = batch.get(i);
                    try {
                        // A nested transaction is a savepoint: a failed write is undone alone.
                        results[i] = tx.transactionResult(sp -> job.work().apply(sp.dsl()));
                    } catch (RuntimeException e) {
                        failures[i] = e;
                    }
                }
            });
        } catch (DataAccessException e) {
            // The commit failed: none of the batch is saved, so none is acknowledged.
            batch.forEach(j -> j.done().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results[i], failures[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Job<T> job, Object result, RuntimeException failure) {
        if (failure != null) {
            job.done().completeExceptionally(failure);
        } else {
            job.done().complete((T) result);
        }
    }

    /** Finishes the waiting writes, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Job<?> left; (left = queue.poll()) != null; ) {
            left.done().completeExceptionally(new IllegalStateException("Lectern is stopping"));
        }
    }
}
