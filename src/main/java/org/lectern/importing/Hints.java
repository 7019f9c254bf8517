package org.lectern.importing;

import java.util.List;

/** Metadata an extractor found outside the text (HTML meta tags, PDF info); null or empty if unknown. */
public record Hints(String title, List<String> authors, String published, String source) {
    public static final Hints NONE = new Hints(null, List.of(), null, null);

    public Hints { authors = List.copyOf(authors); }
}
