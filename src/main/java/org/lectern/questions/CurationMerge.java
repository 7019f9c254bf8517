package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure merge by id of freshly generated questions with an instructor's curation. */
public final class CurationMerge {
    private CurationMerge() {}

    /**
     * Generated questions in their order, each replaced by its approved or edited version when curated, rejected
     * ones left out; then curated (approved/edited) questions the generator no longer produces, by id.
     */
    public static List<Question> merge(List<Question> generated, List<Curation> curation) {
        Map<String, Curation> byId = new TreeMap<>();
        for (Curation c : curation) byId.put(c.id(), c);
        List<Question> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Question q : generated) {
            Curation c = byId.get(q.id());
            seen.add(q.id());
            if (c == null) out.add(q);
            else if (c.status() != Curation.Status.rejected) out.add(kept(c, q));
        }
        List<Curation> rest = new ArrayList<>(byId.values());
        rest.sort(Comparator.comparing(Curation::id));
        for (Curation c : rest) {
            if (seen.contains(c.id()) || c.status() == Curation.Status.rejected || c.question() == null) continue;
            out.add(kept(c, null));
        }
        return out;
    }

    private static Question kept(Curation c, Question generated) {
        Question q = c.question() != null ? c.question() : generated;
        return q.withId(c.id()).withStatus(c.status().name());
    }
}
