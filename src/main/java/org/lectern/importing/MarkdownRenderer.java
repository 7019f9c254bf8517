package org.lectern.importing;

import java.util.List;

/** Blocks to a Markdown body: {@code ## } headings, paragraphs separated by blank lines, bullet lists kept together. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        Block.Type prev = null;
        for (Block x : blocks) {
            if (prev != null) b.append(prev == Block.Type.BULLET && x.type() == Block.Type.BULLET ? "\n" : "\n\n");
            switch (x.type()) {
                case HEADING -> b.append("## ").append(x.text());
                case BULLET -> b.append("- ").append(x.text());
                case PARAGRAPH -> b.append(x.text());
            }
            prev = x.type();
        }
        return b.toString();
    }
}
