package org.lectern.shared;

/**
 * HTML built by our own code from escaped text (the module renderer, a Thymeleaf fragment); safe to
 * insert unescaped with {@code th:utext}. The template reads it through toString, without a method call.
 *
 * @param kept true when this exact text is held in a cache and shown to many (a reading's section as
 *     rendered for everyone): the page compressor then compresses it once, not on every page
 */
public record SafeHtml(String html, boolean kept) {

    public SafeHtml(String html) {
        this(html, false);
    }

    /** HTML held in a cache and shown alike to many readers. */
    public static SafeHtml kept(String html) {
        return new SafeHtml(html, true);
    }

    @Override
    public String toString() {
        return html;
    }
}
