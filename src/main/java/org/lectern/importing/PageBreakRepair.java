package org.lectern.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins paragraphs split by page or column breaks: a paragraph that does not end a sentence
 * continues in the next paragraph ("according" + "to numerous…"); a word hyphenated across the
 * break is re-joined ("recon-" + "ciliation").
 */
public final class PageBreakRepair {
    private PageBreakRepair() {}

    public static List<Block> repair(List<Block> blocks) {
        return repair(blocks, Dehyphenator.NONE);
    }

    /** As {@link #repair(List)}, deciding hyphens at breaks with the document's own compounds. */
    static List<Block> repair(List<Block> blocks, Dehyphenator hyphens) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!out.isEmpty() && b.type() == Block.Type.PARAGRAPH) {
                Block prev = out.get(out.size() - 1);
                if (prev.type() == Block.Type.PARAGRAPH && continues(prev.text(), b.text())) {
                    out.set(out.size() - 1, prev.withText(hyphens.join(prev.text(), b.text())));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    static boolean continues(String prev, String next) {
        if (Text.endsSentence(prev)) return false;
        String n = next.strip();
        if (n.isEmpty()) return false;
        int first = n.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true; // a lowercase start always continues
        }
        // A line set apart is complete without a full stop: all in emphasis (a standfirst, a caption), a
        // quotation block, an equation. Otherwise the unfinished paragraph must be prose, not a label.
        String p = prev.strip();
        if (p.matches("(?s)([*_]).+\\1") || p.startsWith(">") || p.matches("[^.!?]*\\S\\s*[=≈]\\s*\\S[^.!?]*")) {
            return false;
        }
        return Text.words(prev) >= 8 || p.endsWith(",");
    }

    /** Joins two pieces of one sentence; a word hyphenated across the break is re-joined. */
    static String join(String prev, String next) {
        return Dehyphenator.NONE.join(prev, next);
    }
}
