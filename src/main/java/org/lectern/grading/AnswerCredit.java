package org.lectern.grading;

import java.math.BigDecimal;
import java.util.Optional;
import org.lectern.questions.Question;

/**
 * Credit (0..1) for a response to a question, or empty when a person must grade it (short answer,
 * discussion). Regrading after an answer-key change and the demo data go through this; the quiz's
 * own checker is the implementation the server wires in.
 */
@FunctionalInterface
public interface AnswerCredit {

    Optional<BigDecimal> credit(Question question, String response);
}
