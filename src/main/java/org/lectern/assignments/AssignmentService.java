package org.lectern.assignments;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.classes.ClassService;
import org.lectern.classes.RosterEntry;
import org.lectern.grading.AssignmentResults;
import org.lectern.importing.ModuleRepository;
import org.lectern.questions.QuestionType;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;
import org.lectern.shared.SchoolTime;

/** Assigning modules to a class, changing the terms, and per-student extensions. */
public final class AssignmentService {

    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DSLContext dsl;
    private final ClassService classes;
    private final AssignmentRepository assignments;
    private final ZoneId zone;
    private final SchoolTime time;

    public AssignmentService(DSLContext dsl, ClassService classes, ZoneId zone) {
        this.dsl = dsl;
        this.classes = classes;
        this.assignments = new AssignmentRepository(dsl);
        this.zone = zone;
        this.time = new SchoolTime(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Assigns each chosen module to the class with the same terms; returns the new assignments. */
    public List<Assignment> create(User instructor, long classId, List<String> moduleIds, Map<String, List<String>> form) {
        classes.taughtClass(instructor, classId);
        Set<Long> ids = new LinkedHashSet<>();
        for (String m : moduleIds) {
            try {
                ids.add(Long.parseLong(m.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInput("Choose modules from the list.");
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInput("Choose at least one module to assign.");
        }
        ModuleRepository modules = new ModuleRepository(dsl);
        for (long id : ids) {
            if (modules.findById(id).isEmpty()) {
                throw new InvalidInput("Choose modules from the list.");
            }
        }
        List<Assignment> out = new ArrayList<>();
        dsl.transaction(cfg -> {
            AssignmentRepository tx = new AssignmentRepository(cfg.dsl());
            for (long moduleId : ids) {
                out.add(tx.insert(parse(0, classId, moduleId, form)));
            }
        });
        return out;
    }

    public Assignment owned(User instructor, long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new NotFound("No such assignment."));
        classes.taughtClass(instructor, a.classId());
        return a;
    }

    public List<Assignment> forClass(User instructor, long classId) {
        classes.taughtClass(instructor, classId);
        return assignments.forClass(classId);
    }

    /** New terms; every student's result is recomputed (points possible, late penalties may change). */
    public Assignment update(User instructor, long assignmentId, Map<String, List<String>> form) {
        Assignment old = owned(instructor, assignmentId);
        Assignment changed = parse(old.id(), old.classId(), old.moduleId(), form);
        List<RosterEntry> roster = classes.roster(instructor, old.classId());
        dsl.transaction(cfg -> {
            new AssignmentRepository(cfg.dsl()).update(changed);
            for (RosterEntry r : roster) {
                AssignmentResults.recompute(cfg.dsl(), assignmentId, r.userId(), "assignment settings changed", instructor.id());
            }
        });
        return changed;
    }

    public List<Extension> extensions(User instructor, long assignmentId) {
        owned(instructor, assignmentId);
        return assignments.extensions(assignmentId);
    }

    /** A later due date and/or more attempts for one student of the class. */
    public Extension grantExtension(User instructor, long assignmentId, String studentId, String dueAt, String extraAttempts) {
        Assignment a = owned(instructor, assignmentId);
        long sid;
        try {
            sid = Long.parseLong(studentId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("Choose a student.");
        }
        if (classes.roster(instructor, a.classId()).stream().noneMatch(r -> r.userId() == sid && !r.removed())) {
            throw new InvalidInput("Choose a student of this class.");
        }
        OffsetDateTime due = dateTime(dueAt, "The extended due date");
        int extra = integer(extraAttempts, "Extra attempts", 0, 100, 0);
        if (due == null && extra == 0) {
            throw new InvalidInput("Give a later due date or extra attempts.");
        }
        Extension e = new Extension(assignmentId, sid, due, extra);
        dsl.transaction(cfg -> {
            new AssignmentRepository(cfg.dsl()).saveExtension(e);
            AssignmentResults.recompute(cfg.dsl(), assignmentId, sid, "extension granted", instructor.id());
        });
        return e;
    }

    /** The form's fields as an assignment; every problem is a clear InvalidInput. */
    Assignment parse(long id, long classId, long moduleId, Map<String, List<String>> form) {
        OffsetDateTime opens = dateTime(one(form, "opens_at"), "The open date");
        OffsetDateTime due = dateTime(one(form, "due_at"), "The due date");
        if (opens != null && due != null && !due.isAfter(opens)) {
            throw new InvalidInput("The due date must be after the open date.");
        }
        Assignment.LatePolicy late = choice(Assignment.LatePolicy.class, one(form, "late_policy"), Assignment.LatePolicy.accept, "late policy");
        int penalty = integer(one(form, "late_penalty_percent"), "The late penalty", 0, 100, 0);
        int attempts = integer(one(form, "attempts_allowed"), "Attempts allowed", 0, 100, 1);
        Assignment.Scoring scoring = choice(Assignment.Scoring.class, one(form, "scoring"), Assignment.Scoring.best, "scoring");
        Assignment.Placement placement = choice(Assignment.Placement.class, one(form, "placement"), Assignment.Placement.end, "placement");
        Set<String> types = new LinkedHashSet<>();
        for (String t : form.getOrDefault("counted_types", List.of())) {
            try {
                QuestionType qt = QuestionType.valueOf(t);
                if (qt.comprehension()) {
                    types.add(qt.name());
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("Unknown question type \"" + t + "\".");
            }
        }
        if (types.size() == AssignmentResults.SCORED_TYPES.size()) {
            types.clear();
        }
        BigDecimal comprehension = decimal(one(form, "comprehension_points"), "Points for comprehension", BigDecimal.TEN);
        BigDecimal discussion = decimal(one(form, "discussion_points"), "Points for discussion", BigDecimal.ZERO);
        Assignment.ShowAnswers show = choice(Assignment.ShowAnswers.class, one(form, "show_answers"),
                Assignment.ShowAnswers.immediately, "when answers are shown");
        int minWords = integer(one(form, "discussion_min_words"), "Minimum words for discussion", 0, 5000, 30);
        return new Assignment(id, classId, moduleId, opens, due, late, penalty, attempts, scoring, placement, types,
                comprehension, discussion, show, minWords);
    }

    /** A time for a table, in the school's zone. */
    public String brief(OffsetDateTime t) {
        return time.brief(t);
    }

    public String local(OffsetDateTime t) {
        return t == null ? "" : LOCAL.format(t.atZoneSameInstant(zone).toLocalDateTime());
    }

    private OffsetDateTime dateTime(String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.strip()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(label + " \"" + raw.strip() + "\" is not a date and time (e.g. 2027-03-01T17:00).");
        }
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static int integer(String raw, String label, int min, int max, int dflt) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v < min || v > max) {
                throw new InvalidInput(label + " must be between " + min + " and " + max + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInput(label + " must be a whole number.");
        }
    }

    private static BigDecimal decimal(String raw, String label, BigDecimal dflt) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            BigDecimal v = new BigDecimal(raw.strip());
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new InvalidInput(label + " must be between 0 and 1000.");
            }
            return v.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new InvalidInput(label + " must be a number.");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, E dflt, String label) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Choose a " + label + " from the list.");
        }
    }
}
