package org.lectern.accounts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;

/** Creating accounts, signing in, changing passwords. */
public final class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}$");

    private final DSLContext dsl;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInThrottle throttle;

    /** The outcome of a sign-in attempt. */
    public sealed interface SignInResult {
        record SignedIn(User user) implements SignInResult {}
        record Refused() implements SignInResult {}
        /** Too many recent failures for this email or address: try again after {@code retryAfter}. */
        record Throttled(java.time.Duration retryAfter) implements SignInResult {}
    }

    public AccountService(DSLContext dsl, UserRepository users, PasswordHasher hasher) {
        this(dsl, users, hasher, new SignInThrottle(dsl, SignInThrottle.Limits.DEFAULT, java.time.Clock.systemUTC()));
    }

    public AccountService(DSLContext dsl, UserRepository users, PasswordHasher hasher, SignInThrottle throttle) {
        this.dsl = dsl;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    public boolean needsSetup() {
        return !users.anyExists();
    }

    /** The first account: an admin instructor. Refused once any account exists. */
    public User createFirstInstructor(String name, String email, String password) {
        return dsl.transactionResult(cfg -> {
            UserRepository tx = new UserRepository(cfg.dsl());
            if (tx.anyExists()) {
                throw new Forbidden("Set-up is already done: sign in instead.");
            }
            return createUser(cfg.dsl(), email, name, password, Role.instructor, true, false);
        });
    }

    /** An admin creates another instructor. */
    public User createInstructor(User admin, String name, String email, String password) {
        if (!admin.admin()) {
            throw new Forbidden("Only an administrator can create instructor accounts.");
        }
        return createUser(dsl, email, name, password, Role.instructor, false, false);
    }

    /** Validates and inserts an account inside the caller's transaction. */
    public User createUser(DSLContext tx, String email, String name, String password, Role role, boolean admin,
                           boolean mustChangePassword) {
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = UserRepository.normaliseEmail(email);
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInput("Enter a name (up to 200 characters).");
        }
        if (!EMAIL.matcher(cleanEmail).matches()) {
            throw new InvalidInput("Enter a valid email address.");
        }
        String weakness = PasswordHasher.weakness(password);
        if (weakness != null) {
            throw new InvalidInput(weakness);
        }
        if (new UserRepository(tx).findByEmail(cleanEmail).isPresent()) {
            throw new InvalidInput("An account with that email already exists.");
        }
        return new UserRepository(tx).insert(tx, cleanEmail, cleanName, hasher.hash(password), role, admin,
                mustChangePassword);
    }

    /** The account for these credentials, or empty; takes the same time whether or not the email exists. */
    public Optional<User> authenticate(String email, String password) {
        Optional<User> user = users.findByEmail(email);
        if (user.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        String hash = users.passwordHash(user.get().id()).orElse(null);
        return hasher.verify(password, hash) ? user : Optional.empty();
    }

    /**
     * Signs in with the throttle applied: a throttled email or address is refused before the
     * password is even checked, each failure is counted, and a success clears the email's count.
     */
    public SignInResult signIn(String email, String password, String clientAddress) {
        Optional<java.time.Duration> wait = throttle.retryAfter(email, clientAddress);
        if (wait.isPresent()) {
            return new SignInResult.Throttled(wait.get());
        }
        Optional<User> user = authenticate(email, password);
        if (user.isEmpty()) {
            throttle.recordFailure(email, clientAddress);
            return new SignInResult.Refused();
        }
        throttle.recordSuccess(email);
        return new SignInResult.SignedIn(user.get());
    }

    public void changePassword(User user, String current, String replacement) {
        String hash = users.passwordHash(user.id()).orElse(null);
        if (!hasher.verify(current, hash)) {
            throw new InvalidInput("The current password is not right.");
        }
        String weakness = PasswordHasher.weakness(replacement);
        if (weakness != null) {
            throw new InvalidInput(weakness);
        }
        users.updatePassword(user.id(), hasher.hash(replacement));
    }

    public List<User> instructors() {
        return users.instructors();
    }
}
