package org.lectern.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A part of a page that shows only the values given here, the same for everyone who sees them
 * (a reading's header, its list of sections): rendered once per distinct values and reused. Put
 * one in a page's model; the renderer puts the part's HTML in its place, for the page to insert
 * with {@code th:utext}. The values are the cache key, so an edit (a renamed class, a new due
 * date) gives a new entry on every node, and no node can show a stale part.
 */
public record SharedFragment(String template, String fragment, Map<String, Object> values) {

    public SharedFragment {
        values = Collections.unmodifiableMap(new HashMap<>(values)); // a value may be null (no byline)
    }
}
