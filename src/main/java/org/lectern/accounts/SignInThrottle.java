package org.lectern.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Slows down password guessing: after {@link Limits#perEmail} failures for one email, or
 * {@link Limits#perAddress} from one client address, within {@link Limits#window}, sign-in is
 * refused until the oldest failure leaves the window. Counts live in the database, so every node
 * behind a load balancer sees the same numbers. The per-address limit is much higher than the
 * per-email one: a whole school often shares one public address.
 */
public final class SignInThrottle {

    public record Limits(int perEmail, int perAddress, Duration window) {
        public static final Limits DEFAULT = new Limits(5, 100, Duration.ofMinutes(15));
    }

    static final String EMAIL = "email";
    static final String ADDRESS = "ip";

    private final SignInFailureRepository failures;
    private final Limits limits;
    private final Clock clock;

    public SignInThrottle(DSLContext dsl, Limits limits, Clock clock) {
        this.failures = new SignInFailureRepository(dsl);
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this email or address must wait before trying again, or empty when it may try now. */
    public Optional<Duration> retryAfter(String email, String address) {
        OffsetDateTime now = now();
        OffsetDateTime from = now.minus(limits.window());
        Duration wait = Duration.ZERO;
        wait = longer(wait, waitFor(failures.since(EMAIL, subject(UserRepository.normaliseEmail(email)), from), limits.perEmail(), now));
        wait = longer(wait, waitFor(failures.since(ADDRESS, subject(address), from), limits.perAddress(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String email, String address) {
        OffsetDateTime now = now();
        failures.insert(EMAIL, subject(UserRepository.normaliseEmail(email)), now);
        failures.insert(ADDRESS, subject(address), now);
        // Cheap with the index on failed_at; keeps the table to one window's worth of rows.
        failures.deleteOlderThan(now.minus(limits.window()));
    }

    /** A successful sign-in clears the email's count (the address keeps its own). */
    public void recordSuccess(String email) {
        failures.deleteAll(EMAIL, subject(UserRepository.normaliseEmail(email)));
    }

    private Duration waitFor(SignInFailureRepository.Window w, int limit, OffsetDateTime now) {
        if (w.failures() < limit || w.oldest() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, w.oldest().plus(limits.window()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String subject(String raw) {
        String normal = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return SessionStore.hash(normal);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
