package org.lectern.importing.nlp;

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
 * OpenNLP English models, loaded once per process on first use (models are immutable and shared;
 * the {@code *ME} decoders are not thread-safe, so each thread gets its own).
 */
public final class Nlp {

    private Nlp() {}

    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin", TokenizerModel::new);
    }

    private static final class PosModels {
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin", POSModel::new);
    }

    private static final ThreadLocal<POSTaggerME> POS_TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(PosModels.POS, POSTagFormat.PENN));

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));

    /** Character spans of the sentences of {@code text}. */
    public static Span[] sentenceSpans(String text) {
        return SENTENCE_DETECTOR.get().sentPosDetect(text);
    }

    public static String[] sentences(String text) {
        return SENTENCE_DETECTOR.get().sentDetect(text);
    }

    public static String[] tokens(String sentence) {
        return TOKENIZER.get().tokenize(sentence);
    }

    /** Penn Treebank part-of-speech tags (NNP, VBZ, …) of already tokenised text. */
    public static String[] posTags(String[] tokens) {
        return POS_TAGGER.get().tag(tokens);
    }

    public static SentenceModel sentenceModel() { return Models.SENTENCES; }

    public static TokenizerModel tokenizerModel() { return Models.TOKENS; }

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
