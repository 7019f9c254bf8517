package org.lectern.questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP with its pretrained English UD models (Maven Central jars on the classpath). Models are
 * loaded once per process; the (non thread-safe) ME wrappers are kept per thread.
 */
final class Nlp {

    private static final class Models {
        static final SentenceModel SENT = load("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin", SentenceModel::new);
        static final TokenizerModel TOK = load("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin", TokenizerModel::new);
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin", POSModel::new);
    }

    private interface Loader<T> { T load(InputStream in) throws IOException; }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model not on classpath: " + resource);
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ThreadLocal<SentenceDetectorME> SENT =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENT));
    private static final ThreadLocal<TokenizerME> TOK = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOK));
    private static final ThreadLocal<POSTaggerME> POS =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.UD));

    private Nlp() {}

    static Span[] sentences(String text) { return SENT.get().sentPosDetect(text); }

    static Span[] tokenSpans(String text) { return TOK.get().tokenizePos(text); }

    static String[] tokens(String text) { return TOK.get().tokenize(text); }

    static String[] tags(String[] tokens) { return POS.get().tag(tokens); }

    private static final java.util.Map<String, Boolean> VERB_MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /** Does the statement have a verb or auxiliary (by the POS model)? */
    static boolean hasVerb(String statement) {
        if (VERB_MEMO.size() > 50_000) VERB_MEMO.clear();
        return VERB_MEMO.computeIfAbsent(statement, st -> {
            for (String t : tags(tokens(st))) if (t.equals("VERB") || t.equals("AUX")) return true;
            return false;
        });
    }

    /** Forces model loading (for warm benchmarks). */
    static void warmUp() { tags(tokens(sentences("Models load once. They stay loaded.").length + " words.")); }
}
