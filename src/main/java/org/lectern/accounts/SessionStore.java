package org.lectern.accounts;

import static org.lectern.db.generated.Tables.SESSIONS;
import static org.lectern.db.generated.Tables.USERS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.lectern.db.PreparedSelect;

/**
 * Server-side sessions in the database, so any node can serve any request. The cookie holds a
 * random token; the table holds only its SHA-256. Each session has its own CSRF token.
 */
public final class SessionStore {

    /** How often last_seen_at is written at most: one write per minute per session, not per request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every signed-in request runs this: its SQL is rendered once (see PreparedSelect). */
    private static final PreparedSelect SESSION_WITH_USER = new PreparedSelect(
            DSL.select(SESSIONS.ID_HASH, SESSIONS.CSRF_TOKEN, SESSIONS.LAST_SEEN_AT,
                            USERS.ID, USERS.EMAIL, USERS.NAME, USERS.ROLE, USERS.IS_ADMIN, USERS.MUST_CHANGE_PASSWORD)
                    .from(SESSIONS).join(USERS).on(USERS.ID.eq(SESSIONS.USER_ID))
                    .where(SESSIONS.ID_HASH.eq(DSL.param("idHash", String.class))),
            "idHash");

    private final DSLContext dsl;
    private final Duration idleTimeout;
    private final Clock clock;

    public record ActiveSession(String tokenHash, User user, String csrfToken) {}

    public SessionStore(DSLContext dsl, Duration idleTimeout, Clock clock) {
        this.dsl = dsl;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Creates a session and returns the cookie token (shown once, never stored). */
    public String create(long userId) {
        String token = randomToken();
        OffsetDateTime now = now();
        dsl.insertInto(SESSIONS)
                .set(SESSIONS.ID_HASH, hash(token))
                .set(SESSIONS.USER_ID, userId)
                .set(SESSIONS.CSRF_TOKEN, randomToken())
                .set(SESSIONS.CREATED_AT, now)
                .set(SESSIONS.LAST_SEEN_AT, now)
                .execute();
        return token;
    }

    /** The live session for a cookie token; an idle-expired one is deleted and not returned. */
    public Optional<ActiveSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String idHash = hash(token);
        Record r = SESSION_WITH_USER.fetchFirst(dsl, idHash);
        if (r == null) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        OffsetDateTime lastSeen = r.get(SESSIONS.LAST_SEEN_AT);
        if (lastSeen.plus(idleTimeout).isBefore(now)) {
            delete(token);
            return Optional.empty();
        }
        if (lastSeen.plus(TOUCH_INTERVAL).isBefore(now)) {
            dsl.update(SESSIONS).set(SESSIONS.LAST_SEEN_AT, now).where(SESSIONS.ID_HASH.eq(idHash)).execute();
        }
        return Optional.of(new ActiveSession(idHash, UserRepository.toUser(r), r.get(SESSIONS.CSRF_TOKEN)));
    }

    public void delete(String token) {
        if (token != null) {
            dsl.deleteFrom(SESSIONS).where(SESSIONS.ID_HASH.eq(hash(token))).execute();
        }
    }

    public void deleteAllFor(long userId) {
        dsl.deleteFrom(SESSIONS).where(SESSIONS.USER_ID.eq(userId)).execute();
    }

    /** Removes sessions idle past the timeout; run now and then, not per request. */
    public int purgeExpired() {
        return dsl.deleteFrom(SESSIONS).where(SESSIONS.LAST_SEEN_AT.lt(now().minus(idleTimeout))).execute();
    }

    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
