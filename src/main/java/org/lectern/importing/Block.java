package org.lectern.importing;

/** One block of article text in reading order. */
public record Block(Type type, String text) {
    public enum Type { HEADING, PARAGRAPH, BULLET }

    public static Block heading(String t) { return new Block(Type.HEADING, t); }
    public static Block paragraph(String t) { return new Block(Type.PARAGRAPH, t); }
    public static Block bullet(String t) { return new Block(Type.BULLET, t); }

    public Block withText(String t) { return new Block(type, t); }

    public int wordCount() { return Text.words(text); }
}
