package org.lectern.reading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.lectern.shared.SchoolTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lectern.accounts.User;
import org.lectern.assignments.AssignmentRepository;
import org.lectern.assignments.StudentTerms;
import org.lectern.db.generated.tables.records.AssignmentResultsRecord;
import org.lectern.db.generated.tables.records.ReadingProgressRecord;
import org.lectern.quiz.QuizRepository;
import org.lectern.quiz.StudentAssignments;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.SafeHtml;

/** Reading progress, highlights, notes, and the student's overview of their assignments. */
public final class ReadingService {

    /** How due dates read on the student's pages (home, progress, the assignment's header). */

    private final DSLContext dsl;
    private final StudentAssignments access;
    private final SchoolTime time;

    /** One assigned module on the student's home and progress pages. */
    public record AssignmentRow(long classId, String className, long assignmentId, long moduleId, String title,
                                int readingMinutes, String due, String status, String statusLabel, String score,
                                String points, int sectionsRead, int sections, int attemptsUsed, String continueUrl) {}

    public ReadingService(DSLContext dsl, StudentAssignments access, SchoolTime time) {
        this.time = time;
        this.dsl = dsl;
        this.access = access;
    }

    /** What the reading page shows of the student's own work on the module. */
    public record SectionVisit(int sectionsRead, List<String> highlights, String note) {}

    /**
     * Opens a section for the student and gives their progress, highlights and note. With
     * {@code record}, notes that they are reading it (where "continue" brings them back; opening the
     * same section again writes nothing); without, only looks (a rejected form shown again).
     */
    public SectionVisit visit(User student, StudentAssignments.Opened a, int section, boolean record) {
        ReadingRepository repo = new ReadingRepository(dsl);
        ReadingRepository.Place place = repo.place(student.id(), a.moduleId());
        if (record && (place.lastSection() == null || place.lastSection() != section)) {
            repo.saveProgress(student.id(), a.moduleId(), place.sectionsRead(), section, false);
        }
        return new SectionVisit(place.sectionsRead(), place.highlights(), place.note());
    }

    /** The student finished a section and moves on; returns where to go next. */
    public String advance(User student, StudentAssignments.Opened a, int from) {
        int sections = a.module().sections().size();
        int section = Math.max(0, Math.min(from, sections - 1));
        boolean last = section == sections - 1;
        new ReadingRepository(dsl).saveProgress(student.id(), a.moduleId(), section + 1, last ? section : section + 1, last);
        return last ? "/assignments/" + a.id() + "/questions" : "/assignments/" + a.id() + "/read/" + (section + 1);
    }

    public int sectionsRead(User student, long moduleId) {
        return new ReadingRepository(dsl).progress(student.id(), moduleId).map(ReadingProgressRecord::getSectionsRead).orElse(0);
    }

    /** A section's HTML with the student's highlighted sentences marked. */
    public SafeHtml sectionHtml(ModuleRenderer.RenderedSection section, List<String> highlights) {
        Set<String> refs = new HashSet<>(highlights);
        if (section.sentences().stream().noneMatch(s -> refs.contains(s.ref()))) {
            return section.html();
        }
        Document doc = Jsoup.parseBodyFragment(section.html().html());
        for (Element span : doc.select("span.sentence")) {
            if (refs.contains(span.attr("data-ref"))) {
                span.addClass("hl");
                span.prependElement("span").addClass("visually-hidden").text("Highlighted: ");
            }
        }
        doc.outputSettings().prettyPrint(false);
        return new SafeHtml(doc.body().html());
    }

    public void highlight(User student, long moduleId, String ref, boolean add) {
        ModuleRenderer.Rendered m = requireModule(student, moduleId);
        if (m.sentence(ref).isEmpty()) {
            throw new InvalidInput("Choose a sentence to highlight.");
        }
        ReadingRepository repo = new ReadingRepository(dsl);
        if (add) {
            repo.addHighlight(student.id(), moduleId, ref);
        } else {
            repo.removeHighlight(student.id(), moduleId, ref);
        }
    }

    public void saveNote(User student, long moduleId, String body) {
        requireModule(student, moduleId);
        String text = body == null ? "" : body.strip();
        if (text.length() > 20_000) {
            throw new InvalidInput("Notes can be up to 20,000 characters.");
        }
        new ReadingRepository(dsl).saveNote(student.id(), moduleId, text);
    }

    private ModuleRenderer.Rendered requireModule(User student, long moduleId) {
        if (!new ReadingRepository(dsl).isAssignedTo(moduleId, student.id())) {
            throw new Forbidden("This reading is not assigned to you.");
        }
        return access.rendered(moduleId);
    }

    /** The student's assignments across their classes, with status, score and where to continue. */
    public List<AssignmentRow> assignments(User student) {
        if (!student.isStudent()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        ReadingRepository reading = new ReadingRepository(dsl);
        AssignmentRepository assignments = new AssignmentRepository(dsl);
        List<AssignmentRow> out = new ArrayList<>();
        for (QuizRepository.AssignedRow r : new QuizRepository(dsl).assignedTo(student.id())) {
            StudentTerms terms = assignments.termsFor(r.assignmentId(), student.id()).orElseThrow();
            if (!terms.isOpen(now)) {
                continue;
            }
            AssignmentResultsRecord res = r.result();
            String status = res == null ? "not_started" : res.getStatus();
            boolean late = res != null && Boolean.TRUE.equals(res.getLate())
                    || !"submitted".equals(status) && terms.isPastDue(now);
            String label = late ? "Late" : switch (status) {
                case "submitted" -> "Submitted";
                case "in_progress" -> "In progress";
                default -> "Not started";
            };
            ReadingProgressRecord p = reading.progress(student.id(), r.moduleId()).orElse(null);
            int sections = access.rendered(r.moduleId()).sections().size();
            if (p != null && "not_started".equals(status)) {
                status = "in_progress";
                label = late ? "Late" : "In progress";
            }
            String score = res == null || res.getComprehensionScore() == null ? "—"
                    : res.getComprehensionScore().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + "%";
            String points = res == null || res.getPoints() == null ? "—"
                    : res.getPoints().stripTrailingZeros().toPlainString() + " / "
                    + res.getPointsPossible().stripTrailingZeros().toPlainString();
            String cont;
            if (p == null) {
                cont = "/assignments/" + r.assignmentId() + "/read/0";
            } else if (p.getCompletedAt() != null && p.getLastSection() >= sections - 1) {
                cont = "/assignments/" + r.assignmentId() + "/questions";
            } else {
                cont = "/assignments/" + r.assignmentId() + "/read/" + Math.min(p.getLastSection(), sections - 1);
            }
            out.add(new AssignmentRow(r.classId(), r.className(), r.assignmentId(), r.moduleId(), r.moduleTitle(),
                    r.readingMinutes(), terms.dueAt() == null ? "No due date" : time.due(terms.dueAt()), status, label,
                    score, points, p == null ? 0 : p.getSectionsRead(), sections,
                    res == null ? 0 : res.getAttemptsUsed(), cont));
        }
        return out;
    }

    /** The school's time zone, for the dates the student pages show. */
    public SchoolTime time() {
        return time;
    }
}
