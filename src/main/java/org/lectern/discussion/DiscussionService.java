package org.lectern.discussion;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.lectern.accounts.User;
import org.lectern.grading.AssignmentResults;
import org.lectern.questions.QuestionBank;
import org.lectern.questions.QuestionType;
import org.lectern.quiz.StudentAssignments;
import org.lectern.shared.InvalidInput;
import org.lectern.shared.NotFound;

/**
 * Discussion on an assignment: a student writes one response per discussion question (at least
 * the instructor's minimum number of words), sees classmates' responses only after posting their
 * own, and replies to them. Posts belong to one assignment, hence one class: nobody outside the
 * class sees them. Repeating the same post (a double-submitted form) stores it once.
 */
public final class DiscussionService {

    private final DSLContext dsl;

    public record Thread(DiscussionRepository.Post post, List<DiscussionRepository.Post> replies) {}

    public record Topic(long questionId, int number, String prompt, Thread mine, List<Thread> others, String draft,
                        String error) {
        public boolean posted() {
            return mine != null;
        }
    }

    public DiscussionService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Topic> topics(User student, StudentAssignments.Opened a, long draftQuestion, String draft, String error) {
        List<DiscussionRepository.Post> all = new DiscussionRepository(dsl).posts(a.id());
        List<Topic> out = new ArrayList<>();
        int n = 0;
        for (QuestionBank.StoredQuestion q : discussionQuestions(a)) {
            n++;
            Thread mine = null;
            List<Thread> others = new ArrayList<>();
            for (DiscussionRepository.Post p : all) {
                if (p.questionId() != q.id() || p.parentId() != null) {
                    continue;
                }
                List<DiscussionRepository.Post> replies = all.stream()
                        .filter(r -> r.parentId() != null && r.parentId() == p.id()).toList();
                if (p.userId() == student.id()) {
                    if (mine == null) {
                        mine = new Thread(p, replies);
                    }
                } else {
                    others.add(new Thread(p, replies));
                }
            }
            boolean hasDraft = draftQuestion == q.id();
            out.add(new Topic(q.id(), n, q.question().prompt(), mine, mine == null ? List.of() : others,
                    hasDraft ? draft : "", hasDraft ? error : null));
        }
        return out;
    }

    public void post(User student, StudentAssignments.Opened a, long questionId, String body) {
        requireQuestion(a, questionId);
        String text = body == null ? "" : body.strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        int min = a.assignment().discussionMinWords();
        if (words < min) {
            throw new InvalidInput("Write at least " + min + " words (you have " + words + ").");
        }
        if (text.length() > 20_000) {
            throw new InvalidInput("Keep your response under 20,000 characters.");
        }
        dsl.transaction(cfg -> {
            DiscussionRepository repo = new DiscussionRepository(cfg.dsl());
            if (repo.exists(a.id(), questionId, student.id(), null, null)) {
                if (repo.exists(a.id(), questionId, student.id(), null, text)) {
                    return;
                }
                throw new InvalidInput("You have already posted your response to this question.");
            }
            repo.insert(a.id(), questionId, student.id(), null, text);
            AssignmentResults.recompute(cfg.dsl(), a.id(), student.id(), null, null);
        });
    }

    public void reply(User student, StudentAssignments.Opened a, long postId, String body) {
        DiscussionRepository repo = new DiscussionRepository(dsl);
        DiscussionRepository.Post parent = repo.find(postId).filter(p -> repo.assignmentOf(postId).orElse(-1L) == a.id())
                .orElseThrow(() -> new NotFound("No such post."));
        if (!repo.exists(a.id(), parent.questionId(), student.id(), null, null)) {
            throw new InvalidInput("Post your own response before replying to others.");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 5000) {
            throw new InvalidInput("Write a reply (up to 5000 characters).");
        }
        long top = parent.parentId() == null ? parent.id() : parent.parentId();
        if (repo.exists(a.id(), parent.questionId(), student.id(), top, text)) {
            return;
        }
        repo.insert(a.id(), parent.questionId(), student.id(), top, text);
    }

    private List<QuestionBank.StoredQuestion> discussionQuestions(StudentAssignments.Opened a) {
        return new QuestionBank(dsl).forModule(a.moduleId(), true).stream()
                .filter(q -> q.question().type() == QuestionType.discussion).toList();
    }

    private void requireQuestion(StudentAssignments.Opened a, long questionId) {
        if (discussionQuestions(a).stream().noneMatch(q -> q.id() == questionId)) {
            throw new NotFound("No such discussion question.");
        }
    }
}
