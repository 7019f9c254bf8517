package org.lectern.importing;

import java.util.List;

/** A cleaned article before analysis: metadata, body blocks, and what was moved out of the body. */
public record Draft(String title, List<String> authors, String published, String source, List<Block> blocks,
                    List<String> aboutAuthors, List<Module.Reference> references, boolean truncated) {
    public Draft {
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        aboutAuthors = List.copyOf(aboutAuthors);
        references = List.copyOf(references);
    }
}
