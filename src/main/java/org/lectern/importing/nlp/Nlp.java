package org.lectern.importing.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP English models (UD EWT: sentences, tokens, part-of-speech), loaded once per process on first use and
 * shared by the importer and the question generator. Models are immutable and shared; the {@code *ME} decoders
 * are not thread-safe, so each thread gets its own. Each model loads lazily on its own: the importer never pays
 * for the POS model.
 */
public final class Nlp {

    private Nlp() {}

    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin", TokenizerModel::new);
    }

    private static final class PosModel {
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin", POSModel::new);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(PosModel.POS, POSTagFormat.UD));
    private static final ThreadLocal<POSTaggerME> PENN_TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(PosModel.POS, POSTagFormat.PENN));

    /**
     * Character spans of the sentences of {@code text}: the model's spans, repaired at abbreviations
     * ({@link Abbreviations}): "9 a.m. to 5 p.m.", "Dr. Osei", "J. R. Smith", "No. 5" never end a sentence.
     */
    public static Span[] sentenceSpans(String text) {
        return Abbreviations.repair(text, SENTENCE_DETECTOR.get().sentPosDetect(text));
    }

    public static String[] sentences(String text) {
        Span[] spans = sentenceSpans(text);
        String[] out = new String[spans.length];
        for (int i = 0; i < spans.length; i++) out[i] = text.substring(spans[i].getStart(), spans[i].getEnd()).strip();
        return out;
    }

    public static String[] tokens(String sentence) {
        return TOKENIZER.get().tokenize(sentence);
    }

    /** Character spans of the tokens of {@code sentence}. */
    public static Span[] tokenSpans(String sentence) {
        return TOKENIZER.get().tokenizePos(sentence);
    }

    /** Universal Dependencies part-of-speech tags (NOUN, VERB, AUX, PROPN, ...) of the tokens. */
    public static String[] tags(String[] tokens) {
        return TAGGER.get().tag(tokens);
    }

    /** Penn Treebank part-of-speech tags (NNP, VBZ, …) of already tokenised text; same model as {@link #tags}. */
    public static String[] posTags(String[] tokens) {
        return PENN_TAGGER.get().tag(tokens);
    }

    private static final Map<String, Boolean> VERB_MEMO = new ConcurrentHashMap<>();

    /** Does the statement have a verb or auxiliary (by the POS model)? Memoised. */
    public static boolean hasVerb(String statement) {
        if (VERB_MEMO.size() > 50_000) VERB_MEMO.clear();
        return VERB_MEMO.computeIfAbsent(statement, st -> {
            for (String t : tags(tokens(st))) if (t.equals("VERB") || t.equals("AUX")) return true;
            return false;
        });
    }

    public static SentenceModel sentenceModel() { return Models.SENTENCES; }

    public static TokenizerModel tokenizerModel() { return Models.TOKENS; }

    public static POSModel posModel() { return PosModel.POS; }

    /** Forces loading of all three models (for warm benchmarks). */
    public static void warmUp() { tags(tokens(sentences("Models load once. They stay loaded.").length + " words.")); }

    private interface Loader<T> { T load(InputStream in) throws IOException; }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model missing from classpath: " + resource);
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
