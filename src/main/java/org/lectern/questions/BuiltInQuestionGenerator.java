package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lectern.importing.Module;

/** The default generator: rule-based builders over OpenNLP sentences and rule-typed spans, then gate and rank. */
public final class BuiltInQuestionGenerator implements QuestionGenerator {

    @Override
    public GenerationReport run(Module module, List<Module> corpus) {
        long t0 = System.nanoTime();
        return finish(module, corpus, candidates(new Context(module, corpus)), t0);
    }

    /** Every builder's candidates, before the gate and the ranker. */
    static List<Candidate> candidates(Context ctx) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(MultipleChoiceBuilder.build(ctx));
        candidates.addAll(FactQuestionBuilder.build(ctx));
        candidates.addAll(SpeakerQuestionBuilder.build(ctx));
        candidates.addAll(TrueFalseBuilder.build(ctx));
        candidates.addAll(ClozeBuilder.build(ctx));
        candidates.addAll(MatchingBuilder.build(ctx));
        candidates.addAll(OrderingBuilder.build(ctx));
        candidates.addAll(MainIdeaBuilder.build(ctx));
        candidates.addAll(ShortAnswerBuilder.build(ctx));
        candidates.addAll(SelectEvidenceBuilder.build(ctx));
        candidates.addAll(DiscussionBuilder.build(ctx));
        return candidates;
    }

    /** The candidates that pass the gate's per-question rules, before the ranker picks a set. */
    static List<Question> gated(Module module, List<Module> corpus) {
        List<Candidate> passed = QuestionGate.filter(candidates(new Context(module, corpus)), sources(module, corpus), new ArrayList<>());
        return passed.stream().map(Candidate::question).toList();
    }

    /** Gate, rank and report: shared with other backends so their output meets the same bar. */
    static GenerationReport finish(Module module, List<Module> corpus, List<Candidate> candidates, long t0) {
        List<QuestionGate.Rejection> rejected = new ArrayList<>();
        List<Candidate> passed = QuestionGate.filter(candidates, sources(module, corpus), rejected);
        List<Candidate> chosen = Ranker.select(passed, module.kind(), rejected);
        List<Question> questions = chosen.stream().map(Candidate::question).toList();
        return GenerationReport.of(module, candidates.size(), questions, List.copyOf(rejected), (System.nanoTime() - t0) / 1_000_000);
    }

    static QuestionGate.Sources sources(Module module, List<Module> corpus) {
        Map<String, String> others = new TreeMap<>();
        for (Module m : corpus) others.put(m.slug(), m.body());
        return new QuestionGate.Sources(module.slug(), module.body(), others);
    }
}
