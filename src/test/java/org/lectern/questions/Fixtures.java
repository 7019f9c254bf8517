package org.lectern.questions;

import java.util.List;
import org.lectern.importing.Module;

/** Small hand-made modules (fictional) that exercise every question type. */
final class Fixtures {
    private Fixtures() {}

    static final String RIVER_BODY = """
            ## The River Accord

            In 1994, the governments of Norway and Sweden signed the Nordic River Accord to share water data. The Baltic Water Commission (BWC) was created to monitor the river for both countries. Swedish Prime Minister Anna Lindqvist said the accord would protect farmers across the region. Norwegian President Lars Holm praised the Baltic Water Commission for its careful work.

            ## Growth and Strain

            In 2003, the Baltic Water Commission opened a second office in Oslo with 40 staff members. Farmers in Sweden lost 12 percent of their harvest in 2011 because the river fell to its lowest level in a century. In 2015, Finnish Foreign Minister Mikko Virtanen asked to join the accord. Finland later joined the European Water Forum (EWF) as an observer with full speaking rights.

            ## A New Agreement

            In 2020, Norway and Sweden expanded the accord to cover groundwater. Both countries should invest in shared flood warnings before the next dry season arrives. The two governments must also fund the Baltic Water Commission fully and on time. The Regional Climate Institute (RCI) warned that drought poses a serious risk to the farms along the river.

            ## Lessons

            Water cooperation works best when governments share their data openly. Critics argue that the accord moved too slowly, but supporters point to its steady results. Trust between the two countries grew because both sides kept their promises over three decades. The commission now publishes monthly reports on river levels for the public.
            """;

    static final String DELTA_BODY = """
            ## Overview

            The Nordic River Accord remains a model for regional water sharing in Europe. Danish Prime Minister Karen Dahl called the Nordic River Accord a fair deal for farmers. In 2018, Denmark asked the Baltic Water Commission for technical advice on flood control. Governments should copy the Nordic River Accord in other river basins around the world.
            """;

    static Module module(String slug, String title, List<String> authors, Module.Kind kind, List<String> related, String body) {
        return new Module(slug, title, authors, slug + ".txt", "Test Source", "2024-01-01", kind, related,
                body.split("\\s+").length, 2, 10.0, List.of(), List.of(), List.of(), List.of(), body.strip());
    }

    /** Fresh articles nobody tuned the rules on (src/test/resources/articles), as full articles. */
    static List<Module> fresh() {
        List<Module> out = new java.util.ArrayList<>();
        String[][] meta = {
                {"coral-reef-heat", "The Reef in Hot Water", "Ana Reyes"},
                {"printing-press", "How the Printing Press Remade Europe", "Tom Ashby"},
                {"central-bank-rates", "Why Central Banks Raise Interest Rates", "Lena Fischer"},
                {"harbour-tram-vote", "Port Halden Approves Tram Extension", "Nils Brandt"},
                {"desalination-explainer", "Can Desalination Solve Water Shortages?", "Priya Natarajan"},
                // short pieces (170-350 words, no headings): local news, a science brief, an interview, an opinion column
                {"carrow-vale-pool", "Carrow Vale Pool to Close for Repairs", "Megan Shaw"},
                {"street-lights-moths", "Street Lights Leave Moths Less Time for Flowers", "Tomas Berg"},
                {"mountain-rescue-interview", "Five Questions for a Mountain Rescue Volunteer", "Ruth Adeyemi"},
                {"free-buses-column", "Make the Buses Free for Brackwell's Teenagers", "Daniel Okoro"},
                // written as an unseen check before the rules were tuned on them: a sports report, a product recall
                // notice, a court ruling
                {"harlow-cup-final", "Westbury Rovers Win the County Cup", "Joe Marsh"},
                {"cordell-heater-recall", "Cordell Recalls 48,000 Heaters", "Sara Lund"},
                {"tenant-deposit-ruling", "Landlord Must Pay Triple Deposit, Court Rules", "Imran Patel"}};
        for (String[] m : meta) {
            try (var in = Fixtures.class.getResourceAsStream("/articles/" + m[0] + ".md")) {
                String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                out.add(new Module(m[0], m[1], List.of(m[2]), m[0] + ".md", "Test Source", "2024-12-01",
                        Module.Kind.article, List.of(), body.split("\\s+").length, 2, 10.0, List.of(), List.of(),
                        List.of(), List.of(), body.strip()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    static Module river() {
        return module("river-accord", "The River Accord at Thirty", List.of("Maria Berg"), Module.Kind.article,
                List.of("delta-view"), RIVER_BODY);
    }

    static Module delta() {
        return module("delta-view", "A Danish View of River Sharing", List.of("Jonas Krogh"), Module.Kind.excerpt,
                List.of("river-accord"), DELTA_BODY);
    }

    static List<Module> corpus() {
        return List.of(river(), delta());
    }

    /** The context of a one-article corpus: an invented article by one author (the quality-rule tests' texts). */
    static Context context(String title, String body) {
        Module m = module("t", title, List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return new Context(m, List.of(m));
    }

    /** The context's sentence that starts with {@code start}. */
    static Sentence sentence(Context ctx, String start) {
        return ctx.sentences.stream().filter(s -> s.plain().startsWith(start)).findFirst().orElseThrow();
    }

    /** A term span over {@code text} in the sentence. */
    static TypedSpan term(Sentence s, String text, String sub) {
        int i = s.plain().indexOf(text);
        return new TypedSpan(SpanType.TERM, text, i, i + text.length(), sub, 0, text);
    }
}
