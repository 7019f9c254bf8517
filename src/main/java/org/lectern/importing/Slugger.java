package org.lectern.importing;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** URL-safe slugs: transliterated to ASCII, lowercase, hyphen-separated, at most 80 characters on a word boundary. */
public final class Slugger {
    private Slugger() {}

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final int MAX = 80;

    public static String slug(String title, String fallback) {
        String s = slugOf(title);
        if (s.isEmpty()) s = slugOf(fallback.replaceFirst("\\.[A-Za-z0-9]+$", ""));
        return s.isEmpty() ? "article" : s;
    }

    static String slugOf(String text) {
        if (text == null) return "";
        String ascii = TO_ASCII.get().transliterate(text).toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = s.substring(0, cut > 20 ? cut : MAX);
        }
        return s;
    }
}
