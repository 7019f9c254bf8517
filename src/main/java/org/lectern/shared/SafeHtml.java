package org.lectern.shared;

/**
 * HTML built by our own code from escaped text (the module renderer, a Thymeleaf fragment); safe to
 * insert unescaped with {@code th:utext}. The template reads it through toString, without a method call.
 */
public record SafeHtml(String html) {
    @Override
    public String toString() {
        return html;
    }
}
