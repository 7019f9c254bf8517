package org.lectern.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;
import org.lectern.importing.ModuleFile;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionType;
import org.lectern.questions.QuestionsFile;

class ModuleRendererTest {

    static final String WITH_GLOSSARY = "recommitting-to-japan-south-korea-cooperation-amid-uncertainty";
    static final String WITH_HEADINGS = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";

    static Module module(String slug) throws Exception {
        return ModuleFile.read(Path.of("content", slug, "module.md"));
    }

    static Document html(ModuleRenderer.Rendered r) {
        StringBuilder b = new StringBuilder();
        r.sections().forEach(s -> b.append(s.html().html()));
        return Jsoup.parseBodyFragment(b.toString());
    }

    @Test
    void everySentenceIsASpanWithAStableIdNamingItsSectionAndNumber() throws Exception {
        ModuleRenderer.Rendered r = ModuleRenderer.render(module(WITH_HEADINGS));
        Document doc = html(r);
        assertThat(r.sections()).hasSizeGreaterThan(2);
        ModuleRenderer.RenderedSection second = r.sections().get(1);
        assertThat(second.sentences().get(0).id()).isEqualTo("s-1-1");
        assertThat(second.sentences().get(0).ref()).isEqualTo("1.1");
        assertThat(doc.getElementById("s-1-1")).isNotNull();
        long spans = doc.select("span.sentence").size();
        assertThat(spans).isEqualTo(r.sections().stream().mapToLong(s -> s.sentences().size()).sum());
    }

    @Test
    void everyEvidenceSentenceOfTheSeedQuestionsIsFoundInTheRenderedText() throws Exception {
        for (String slug : List.of(WITH_GLOSSARY, WITH_HEADINGS)) {
            ModuleRenderer.Rendered r = ModuleRenderer.render(module(slug));
            for (Question q : QuestionsFile.read(Path.of("content", slug, "questions.yaml"))) {
                if (q.type() == QuestionType.discussion) {
                    continue;
                }
                for (String e : q.evidence()) {
                    assertThat(r.locate(e)).as(slug + " " + q.id() + ": " + e).isPresent();
                }
            }
        }
    }

    @Test
    void glossaryTermsAreFocusableButtonsDescribedByTheirMeaningOnFirstUseInASection() {
        Module m = new Module("x", "X", List.of("A"), null, null, null, Module.Kind.article, List.of(), 10, 1, 8,
                List.of(new Module.GlossaryEntry("FDI", "foreign direct investment")), List.of(), List.of(), List.of(),
                "## One\n\nThe FDI roadmap is new. FDI grew again.\n\n## Two\n\nMore FDI came.");
        ModuleRenderer.Rendered r = ModuleRenderer.render(m);
        Document first = Jsoup.parseBodyFragment(r.sections().get(0).html().html());
        assertThat(first.select("button.gloss-term")).hasSize(1);
        var term = first.selectFirst("button.gloss-term");
        assertThat(term.attr("type")).isEqualTo("button");
        assertThat(term.text()).isEqualTo("FDI");
        var tip = first.getElementById(term.attr("aria-describedby"));
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.text()).isEqualTo("foreign direct investment");
        assertThat(Jsoup.parseBodyFragment(r.sections().get(1).html().html()).select("button.gloss-term")).hasSize(1);
    }

    @Test
    void aGlossaryTermInParenthesesReadsWithoutStraySpaces() throws Exception {
        ModuleRenderer.Rendered r = ModuleRenderer.render(module(WITH_HEADINGS));
        StringBuilder html = new StringBuilder();
        r.sections().forEach(s -> html.append(s.html().html()));
        assertThat(html.toString()).as("no whitespace between a term's button and the text around it")
                .contains("(<span class=\"gloss\"><button type=\"button\" class=\"gloss-term\"")
                .doesNotContainPattern("\\(\\s+<span class=\"gloss\"")
                .doesNotContainPattern("</span>\\s+\\)");
        // What a browser shows: the markup's characters without tags (tooltips are hidden).
        String shown = html.toString().replaceAll("<span class=\"gloss-tip\"[^>]*>[^<]*</span>", "").replaceAll("<[^>]+>", "");
        assertThat(shown).contains("Asian Nations (ASEAN) summit").doesNotContain("( ASEAN");
    }

    @Test
    void articleTextIsEscapedNotInterpretedAsHtml() {
        Module evil = new Module("x", "X", List.of("A"), null, null, null, Module.Kind.article, List.of(), 10, 1, 8,
                List.of(new Module.GlossaryEntry("<b>", "bold <script>")), List.of(), List.of(), List.of(),
                "## Head <img src=x onerror=alert(1)>\n\nText with <script>alert(1)</script> inside. And <b> here.");
        ModuleRenderer.Rendered r = ModuleRenderer.render(evil);
        String html = r.sections().get(0).html().html();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
    }

    @Test
    void keyTakeawayBulletsBecomeAList() throws Exception {
        ModuleRenderer.Rendered r = ModuleRenderer.render(module("redefining-republic-of-korea-japan-relations-for-a-new-era"));
        Document doc = Jsoup.parseBodyFragment(r.sections().get(0).html().html());
        assertThat(doc.select("ul > li span.sentence")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theCacheRendersAModuleOncePerContentHash() throws Exception {
        ModuleRenderer renderer = new ModuleRenderer();
        Module m = module(WITH_HEADINGS);
        int[] calls = {0};
        var a = renderer.rendered(1, "h1", () -> { calls[0]++; return m; });
        var b = renderer.rendered(1, "h1", () -> { calls[0]++; return m; });
        renderer.rendered(1, "h2", () -> { calls[0]++; return m; });
        assertThat(a).isSameAs(b);
        assertThat(calls[0]).isEqualTo(2);
    }
}
