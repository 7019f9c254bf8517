package org.lectern.classes;

/** A class an instructor teaches ("class" is a Java keyword, hence the name). */
public record SchoolClass(long id, long instructorId, String name, String term, String section, String joinCode,
                          boolean joinEnabled) {

    public String displayName() {
        StringBuilder s = new StringBuilder(name);
        if (!term.isBlank()) {
            s.append(" · ").append(term);
        }
        if (!section.isBlank()) {
            s.append(" · ").append(section);
        }
        return s.toString();
    }
}
