package org.lectern.questions.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lectern.questions.Question;
import org.lectern.questions.QuestionsFile;
import org.w3c.dom.Document;

class QuestionExportTest {

    static final String SLUG = "recommitting-to-japan-south-korea-cooperation-amid-uncertainty";

    static List<Question> seedQuestions() throws Exception {
        return QuestionsFile.parse(java.nio.file.Files.readString(Path.of("content", SLUG, QuestionsFile.FILE_NAME)));
    }

    @Test
    void giftEscapesSpecialCharactersAndMarksTheKey() {
        Question q = new Question("mc-1", org.lectern.questions.QuestionType.multiple_choice, "Which: {a} = b?",
                List.of("x ~ y", "2 # 3"), "2 # 3", null, null, null, null, null, "", null, 2, null, null);
        String gift = GiftExport.export("Title", List.of(q));
        assertThat(gift).contains("::mc-1::Which\\: \\{a\\} \\= b? {").contains("~x \\~ y").contains("=2 \\# 3");
    }

    @Test
    void giftHasOneQuestionPerSeedQuestion() throws Exception {
        List<Question> qs = seedQuestions();
        String gift = GiftExport.export("Module", qs);
        assertThat(gift.split("\n::", -1)).hasSize(qs.size() + 1);
    }

    @Test
    void qtiZipHasAManifestAndOneParsableItemPerQuestion() throws Exception {
        List<Question> qs = seedQuestions();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QtiExport.write(SLUG, "Module", qs, out);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsKey("imsmanifest.xml").hasSize(qs.size() + 1);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document manifest = f.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("imsmanifest.xml")));
        assertThat(manifest.getElementsByTagNameNS(QtiExport.CP_NS, "resource").getLength()).isEqualTo(qs.size());
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith("items/")) {
                Document item = f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
                assertThat(item.getDocumentElement().getLocalName()).isEqualTo("assessmentItem");
                assertThat(item.getDocumentElement().getNamespaceURI()).isEqualTo(QtiExport.QTI_NS);
                assertThat(item.getElementsByTagNameNS(QtiExport.QTI_NS, "itemBody").getLength()).isEqualTo(1);
            }
        }
        Document mc = f.newDocumentBuilder().parse(new ByteArrayInputStream(files.values().iterator().next()));
        assertThat(mc.getElementsByTagNameNS(QtiExport.QTI_NS, "simpleChoice").getLength()).isEqualTo(4);
        assertThat(mc.getElementsByTagNameNS(QtiExport.QTI_NS, "correctResponse").getLength()).isEqualTo(1);
    }
}
