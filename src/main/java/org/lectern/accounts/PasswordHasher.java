package org.lectern.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane) through password4j; PHC strings in the database. */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /**
     * A hash of a random password, checked against when the email is unknown so timing does not
     * tell. Made on first use, not at start-up (a cold Argon2 run would delay the first /health).
     */
    private static final class Dummy {
        static final String HASH = new PasswordHasher().hash("not-a-real-password-" + System.nanoTime());
    }

    /**
     * Argon2 is CPU- and memory-bound (19 MiB, tens of milliseconds per run). Requests run on
     * virtual threads, which the JVM never pre-empts: a hash computed on one holds a carrier thread
     * (there are as many as cores) until it is done, so when a class signs in at once every other
     * request — including ones holding a database connection — stalls behind the hashes and the
     * pool runs dry. Hashes therefore run on these platform threads, which the operating system
     * time-slices with the carriers; callers wait without holding a carrier. Their number also caps
     * the memory that concurrent hashes take.
     */
    private static final java.util.concurrent.ExecutorService HASHING = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().daemon(true).name("argon2-", 1).factory());

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;

    public String hash(String password) {
        return onACore(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public boolean verify(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return onACore(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same time as a real check, for unknown accounts. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, Dummy.HASH);
    }

    private static <T> T onACore(java.util.concurrent.Callable<T> work) {
        try {
            return HASHING.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Null when acceptable, else the reason, in words a person understands. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Password must be at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > MAX_LENGTH) {
            return "Password is too long.";
        }
        return null;
    }
}
