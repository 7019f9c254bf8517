package org.lectern.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.grading.RegradeService;
import org.lectern.importing.ModuleRepository;
import org.lectern.shared.Forbidden;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/**
 * An instructor's review of a module's questions: approve, reject, edit (a new revision; answers
 * keep the one the student saw; a changed key regrades every answer), add, reorder. Curated
 * questions survive regeneration (see {@link QuestionBank#syncGenerated}).
 */
public final class CurationService {

    private final DSLContext dsl;
    private final QuestionBank bank;
    private final RegradeService regrade;

    public CurationService(DSLContext dsl, RegradeService regrade) {
        this.dsl = dsl;
        this.bank = new QuestionBank(dsl);
        this.regrade = regrade;
    }

    public record Curation(ModuleRepository.StoredModule module, List<QuestionBank.StoredQuestion> questions) {}

    public Curation module(User instructor, long moduleId) {
        requireInstructor(instructor);
        ModuleRepository.StoredModule m = new ModuleRepository(dsl).findById(moduleId)
                .orElseThrow(() -> new NotFound("No such module."));
        return new Curation(m, bank.forModule(moduleId, false));
    }

    public QuestionBank.StoredQuestion question(User instructor, long moduleId, long questionId) {
        requireInstructor(instructor);
        QuestionBank.StoredQuestion q = bank.find(questionId).orElseThrow(() -> new NotFound("No such question."));
        if (q.moduleId() != moduleId) {
            throw new NotFound("No such question in this module.");
        }
        return q;
    }

    public void approve(User instructor, long moduleId, long questionId) {
        question(instructor, moduleId, questionId);
        bank.setStatus(questionId, "approved");
    }

    public void reject(User instructor, long moduleId, long questionId) {
        question(instructor, moduleId, questionId);
        bank.setStatus(questionId, "rejected");
    }

    /** Saves an edit as a new revision; returns how many answers were regraded. */
    public int edit(User instructor, long moduleId, long questionId, Map<String, List<String>> form) {
        QuestionBank.StoredQuestion old = question(instructor, moduleId, questionId);
        Question edited = fromForm(old.question().type(), old.question(), form);
        if (QuestionBank.toJson(edited.withStatus(null)).equals(QuestionBank.toJson(old.question().withStatus(null)))) {
            return 0;
        }
        String status = "added".equals(old.status()) ? "added" : "edited";
        bank.saveRevision(questionId, edited, status, instructor.id());
        if (!RegradeService.keyChanged(old.question(), edited)) {
            return 0;
        }
        String label = edited.prompt().length() > 80 ? edited.prompt().substring(0, 77) + "…" : edited.prompt();
        return dsl.transactionResult(cfg -> regrade.regrade(cfg.dsl(), questionId, edited, label, instructor.id()));
    }

    public long add(User instructor, long moduleId, Map<String, List<String>> form) {
        requireInstructor(instructor);
        ModuleRepository.StoredModule m = new ModuleRepository(dsl).findById(moduleId)
                .orElseThrow(() -> new NotFound("No such module."));
        QuestionType type;
        try {
            type = QuestionType.valueOf(one(form, "type"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("Choose a question type.");
        }
        Question blank = new Question(null, type, "", null, null, null, null, null,
                type == QuestionType.discussion ? List.of(m.module().slug()) : null, null, "", Skill.recall, 2, null, null);
        Question q = fromForm(type, blank, form);
        return dsl.transactionResult(cfg -> {
            CurationRepository repo = new CurationRepository(cfg.dsl());
            String key = repo.nextAddedKey(moduleId);
            long id = repo.insert(moduleId, key);
            new QuestionBank(cfg.dsl()).saveRevision(id, q.withId(key), "added", instructor.id());
            return id;
        });
    }

    /**
     * Moves a question one place up (-1) or down (+1); positions are renumbered 1..n. Moving counts
     * as curation: from then on regeneration keeps this order (see {@link QuestionBank#syncGenerated}).
     */
    public void move(User instructor, long moduleId, long questionId, int delta) {
        question(instructor, moduleId, questionId);
        List<QuestionBank.StoredQuestion> all = new ArrayList<>(bank.forModule(moduleId, false));
        int i = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).id() == questionId) {
                i = k;
            }
        }
        int j = i + Integer.signum(delta);
        if (i < 0 || j < 0 || j >= all.size()) {
            return;
        }
        QuestionBank.StoredQuestion tmp = all.get(i);
        all.set(i, all.get(j));
        all.set(j, tmp);
        dsl.transaction(cfg -> {
            CurationRepository repo = new CurationRepository(cfg.dsl());
            for (int k = 0; k < all.size(); k++) {
                repo.setPosition(all.get(k).id(), k + 1);
            }
            repo.markOrderSet(moduleId);
        });
    }

    /** Builds a question from the edit form, keeping what the form does not show; validates by type. */
    static Question fromForm(QuestionType type, Question base, Map<String, List<String>> form) {
        String prompt = text(form, "prompt");
        if (prompt.isEmpty()) {
            throw new InvalidInput("Write the question.");
        }
        if (prompt.length() > 2000) {
            throw new InvalidInput("Keep the question under 2,000 characters.");
        }
        String answer = text(form, "answer");
        List<String> options = lines(form, "options");
        List<String> accepted = lines(form, "accepted");
        List<String> items = lines(form, "items");
        List<Question.Pair> pairs = new ArrayList<>();
        for (String line : lines(form, "pairs")) {
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new InvalidInput("Write each pair as left = right (\"" + line + "\" is not).");
            }
            pairs.add(new Question.Pair(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        String explanation = text(form, "explanation");
        switch (type) {
            case multiple_choice, main_idea -> {
                if (options.size() < 2) {
                    throw new InvalidInput("Give at least two options, one per line.");
                }
                if (!options.contains(answer)) {
                    throw new InvalidInput("The correct answer must be one of the options, exactly as written.");
                }
            }
            case true_false -> {
                if (!answer.equals("true") && !answer.equals("false")) {
                    throw new InvalidInput("The answer to a true/false question is true or false.");
                }
            }
            case cloze, select_evidence, short_answer -> {
                if (answer.isEmpty()) {
                    throw new InvalidInput("Give the correct answer.");
                }
            }
            case ordering -> {
                if (items.size() < 2) {
                    throw new InvalidInput("Give at least two items, one per line, in the right order.");
                }
            }
            case matching -> {
                if (pairs.size() < 2) {
                    throw new InvalidInput("Give at least two pairs, one per line.");
                }
            }
            case discussion -> { }
        }
        return new Question(base.id(), type, prompt,
                type == QuestionType.multiple_choice || type == QuestionType.main_idea ? options : base.options(),
                answer.isEmpty() ? null : answer,
                type == QuestionType.cloze ? accepted : base.accepted(),
                type == QuestionType.matching ? pairs : base.pairs(),
                type == QuestionType.ordering ? items : base.items(),
                base.modules(), base.evidence(), base.section(), base.skill(), base.difficulty(),
                explanation.isEmpty() ? null : explanation, null);
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String text(Map<String, List<String>> form, String name) {
        String v = one(form, name);
        return v == null ? "" : v.strip();
    }

    private static List<String> lines(Map<String, List<String>> form, String name) {
        return Arrays.stream(text(form, name).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void requireInstructor(User user) {
        if (!user.isInstructor()) {
            throw new Forbidden("Only instructors can do this.");
        }
    }
}
