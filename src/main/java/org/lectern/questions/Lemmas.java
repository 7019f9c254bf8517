package org.lectern.questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Dictionary forms of words from OpenNLP's English lemmatizer model (UD EWT, from Maven Central), loaded once per
 * process on first use; the decoder is not thread-safe, so each thread gets its own. Used to turn a statement into
 * a question ("Dunmore finished the match ..." → "... did Dunmore finish the match ...?").
 */
final class Lemmas {
    private Lemmas() {}

    private static final class Model {
        static final LemmatizerModel MODEL = load();

        private static LemmatizerModel load() {
            try (InputStream in = Lemmas.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin")) {
                if (in == null) throw new IllegalStateException("OpenNLP lemmatizer model missing from classpath");
                return new LemmatizerModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(Model.MODEL));

    /** Lemmas of tokens tagged with UD tags. */
    static String[] of(String[] tokens, String[] tags) {
        return LEMMATIZER.get().lemmatize(tokens, tags);
    }
}
