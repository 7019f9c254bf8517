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
     * Argon2 is CPU- and memory-bound (19 MiB per run): when a class signs in at once, running more
     * hashes than there are cores only adds memory churn and makes every one of them slower. Extra
     * requests wait their turn here instead, which keeps throughput at what the cores can do.
     */
    private static final java.util.concurrent.Semaphore CORES =
            new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

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

    private static <T> T onACore(java.util.function.Supplier<T> work) {
        CORES.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            CORES.release();
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
