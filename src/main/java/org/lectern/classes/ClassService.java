package org.lectern.classes;

import java.util.List;
import org.jooq.DSLContext;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.Role;
import org.lectern.accounts.SessionStore;
import org.lectern.accounts.User;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/** Classes, join codes and rosters, with the authorisation rules on each. */
public final class ClassService {

    private final DSLContext dsl;
    private final ClassRepository classes;
    private final AccountService accounts;

    /** A student an instructor created, with the one-time password to hand over. */
    public record CreatedStudent(User student, String temporaryPassword) {}

    public ClassService(DSLContext dsl, ClassRepository classes, AccountService accounts) {
        this.dsl = dsl;
        this.classes = classes;
        this.accounts = accounts;
    }

    public SchoolClass create(User instructor, String name, String term, String section) {
        requireInstructor(instructor);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInput("Enter a class name (up to 200 characters).");
        }
        return classes.insert(instructor.id(), cleanName, limit(term, 100), limit(section, 100), freshJoinCode());
    }

    /** The classes this person teaches or attends. */
    public List<SchoolClass> classesOf(User user) {
        return user.isInstructor() ? classes.taughtBy(user.id()) : classes.attendedBy(user.id());
    }

    /** A class the user may see: its instructor, or an active student of it. */
    public SchoolClass visibleClass(User user, long classId) {
        SchoolClass c = classes.findById(classId).orElseThrow(() -> new NotFound("No such class."));
        boolean allowed = user.isInstructor() ? c.instructorId() == user.id() : classes.isActiveMember(classId, user.id());
        if (!allowed) {
            throw new Forbidden("This class is not one of yours.");
        }
        return c;
    }

    /** A class the user teaches; anything else is refused. */
    public SchoolClass taughtClass(User user, long classId) {
        requireInstructor(user);
        SchoolClass c = classes.findById(classId).orElseThrow(() -> new NotFound("No such class."));
        if (c.instructorId() != user.id()) {
            throw new Forbidden("This class is taught by another instructor.");
        }
        return c;
    }

    public List<RosterEntry> roster(User instructor, long classId) {
        taughtClass(instructor, classId);
        return classes.roster(classId);
    }

    public String regenerateJoinCode(User instructor, long classId) {
        taughtClass(instructor, classId);
        String code = freshJoinCode();
        classes.setJoinCode(classId, code);
        return code;
    }

    public void setJoinEnabled(User instructor, long classId, boolean enabled) {
        taughtClass(instructor, classId);
        classes.setJoinEnabled(classId, enabled);
    }

    /** The class a join code opens, or a clear reason why not. */
    public SchoolClass classForCode(String typedCode) {
        String code = JoinCodes.normalise(typedCode);
        SchoolClass c = classes.findByJoinCode(code)
                .orElseThrow(() -> new InvalidInput("No class has the join code \"" + code + "\". Check it with your instructor."));
        if (!c.joinEnabled()) {
            throw new InvalidInput("Joining this class is closed. Ask your instructor.");
        }
        return c;
    }

    /** A signed-in student joins another class. */
    public SchoolClass join(User student, String code) {
        if (!student.isStudent()) {
            throw new InvalidInput("Instructors do not join classes with a code.");
        }
        SchoolClass c = classForCode(code);
        classes.enrol(c.id(), student.id(), "");
        return c;
    }

    /** A new student signs up with a join code: account and enrolment in one transaction. */
    public User joinAsNewStudent(String code, String name, String email, String password) {
        SchoolClass c = classForCode(code);
        return dsl.transactionResult(cfg -> {
            User student = accounts.createUser(cfg.dsl(), email, name, password, Role.student, false, false);
            new ClassRepository(cfg.dsl()).enrol(c.id(), student.id(), "");
            return student;
        });
    }

    /** The instructor creates a student account; the student must change the temporary password. */
    public CreatedStudent addStudent(User instructor, long classId, String name, String email, String section) {
        taughtClass(instructor, classId);
        String temporary = SessionStore.randomToken().substring(0, 12);
        User student = dsl.transactionResult(cfg -> {
            User s = accounts.createUser(cfg.dsl(), email, name, temporary, Role.student, false, true);
            new ClassRepository(cfg.dsl()).enrol(classId, s.id(), limit(section, 100));
            return s;
        });
        return new CreatedStudent(student, temporary);
    }

    public SchoolClass updateSettings(User instructor, long classId, String name, String term, String section) {
        taughtClass(instructor, classId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInput("Enter a class name (up to 200 characters).");
        }
        classes.updateSettings(classId, cleanName, limit(term, 100), limit(section, 100));
        return taughtClass(instructor, classId);
    }

    /** What a roster import did: accounts created (with temporary passwords), existing students enrolled, bad rows. */
    public record RosterImport(List<CreatedStudent> created, List<String> enrolled, List<String> problems) {}

    /**
     * Imports a roster CSV (name, email, optional section; a header row is recognised). Each good
     * row is kept on its own; each bad row is reported with its line number.
     */
    public RosterImport importRoster(User instructor, long classId, String csvText) {
        taughtClass(instructor, classId);
        if (csvText == null || csvText.isBlank()) {
            throw new InvalidInput("Choose a CSV file or paste the roster (name, email, optional section).");
        }
        List<CreatedStudent> created = new java.util.ArrayList<>();
        List<String> enrolled = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        java.util.List<org.apache.commons.csv.CSVRecord> records;
        try {
            records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new java.io.StringReader(csvText.replace("\uFEFF", ""))).getRecords();
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput("The roster is not valid CSV: " + e.getMessage());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        var users = new org.lectern.accounts.UserRepository(dsl);
        for (var rec : records) {
            long line = rec.getRecordNumber();
            String name = rec.size() > 0 ? rec.get(0).strip() : "";
            String email = rec.size() > 1 ? rec.get(1).strip() : "";
            String section = rec.size() > 2 ? rec.get(2).strip() : "";
            if (line == 1 && name.equalsIgnoreCase("name") && email.toLowerCase(java.util.Locale.ROOT).startsWith("email")) {
                continue;
            }
            String where = "Line " + line + ": ";
            if (name.isEmpty() || email.isEmpty()) {
                problems.add(where + "needs a name and an email.");
                continue;
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(where + "\"" + email + "\" is not an email address.");
                continue;
            }
            if (!seen.add(email.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(where + email + " appears twice in the file.");
                continue;
            }
            try {
                var existing = users.findByEmail(email);
                if (existing.isPresent()) {
                    if (!existing.get().isStudent()) {
                        problems.add(where + email + " belongs to an instructor, not a student.");
                        continue;
                    }
                    classes.enrol(classId, existing.get().id(), limit(section, 100));
                    enrolled.add(existing.get().name() + " <" + existing.get().email() + ">");
                } else {
                    created.add(addStudent(instructor, classId, name, email, section));
                }
            } catch (InvalidInput e) {
                problems.add(where + e.getMessage());
            }
        }
        return new RosterImport(created, enrolled, problems);
    }

    /** Takes a student off the roster; their work stays in the database. */
    public void removeStudent(User instructor, long classId, long studentId) {
        taughtClass(instructor, classId);
        classes.markRemoved(classId, studentId);
    }

    private String freshJoinCode() {
        for (int i = 0; i < 20; i++) {
            String code = JoinCodes.next();
            if (!classes.joinCodeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free join code");
    }

    private static void requireInstructor(User user) {
        if (!user.isInstructor()) {
            throw new Forbidden("Only instructors can do this.");
        }
    }

    private static String limit(String s, int max) {
        String v = s == null ? "" : s.strip();
        if (v.length() > max) {
            throw new InvalidInput("Keep it under " + max + " characters.");
        }
        return v;
    }
}
