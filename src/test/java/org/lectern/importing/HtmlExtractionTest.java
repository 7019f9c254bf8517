package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    static final String P = "The harbour council met on Tuesday evening to discuss the plans for the new sea wall, which will cost more than expected.";

    @Test void mainContentAndMetadataAreExtractedFromAFullPage() {
        String html = "<html><head><title>Sea Wall Plans | Town Paper</title><meta property=og:site_name content='Town Paper'>"
                + "<meta name=author content='Ann Lee'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Sea Wall Plans\","
                + "\"datePublished\":\"2024-05-06T09:00:00Z\"}</script></head><body>"
                + "<div class=cookie-banner>We use cookies. Accept all cookies</div><nav><a href=/>Home</a><a href=/n>News</a></nav>"
                + "<article><h1>Sea Wall Plans</h1><p>" + P + "</p><h2>What It Costs</h2><p>" + P.replace("Tuesday", "Friday")
                + "</p><ul><li>First stage in June</li><li>Second stage in May</li></ul></article>"
                + "<aside class=sidebar><ul><li><a href=/x>Most read story of the day</a></li></ul></aside>"
                + "<div class='share-bar'>Share this article <a href=#>Twitter</a></div>"
                + "<footer>Copyright 2024 Town Paper. All rights reserved.</footer></body></html>";
        Module m = ((ArticleImporter.Imported) new ArticleImporter().importOne("p.html", html.getBytes(StandardCharsets.UTF_8))).module();
        assertThat(m.title()).isEqualTo("Sea Wall Plans");
        assertThat(m.authors()).containsExactly("Ann Lee");
        assertThat(m.published()).isEqualTo("2024-05-06");
        assertThat(m.source()).isEqualTo("Town Paper");
        assertThat(m.body()).isEqualTo(P + "\n\n## What It Costs\n\n" + P.replace("Tuesday", "Friday")
                + "\n\n- First stage in June\n- Second stage in May");
    }

    @Test void extractorKeepsArticleTextAndDropsInjectedBoilerplateOnSyntheticPages() throws Exception {
        List<ArticleImporter.Source> sources = new ArrayList<>();
        for (Path f : ContentWriter.collectInputs(List.of(Path.of("seeds")))) {
            sources.add(new ArticleImporter.Source(f.getFileName().toString(), Files.readAllBytes(f)));
        }
        ArticleImporter importer = new ArticleImporter();
        List<Module> modules = importer.importAll(sources, List.of()).modules();
        SyntheticPages.Score s = SyntheticPages.score(SyntheticPages.generate(modules, 200, 7), importer);
        assertThat(s.f1()).as("F1 on synthetic pages (precision %.3f, recall %.3f)", s.precision(), s.recall()).isGreaterThan(0.95);
    }
}
