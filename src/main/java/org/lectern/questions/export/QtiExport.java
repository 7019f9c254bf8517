package org.lectern.questions.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lectern.questions.Question;

/**
 * Questions as an IMS QTI 2.1 content package: a zip with {@code imsmanifest.xml} and one
 * assessmentItem file per question. Choice questions use choiceInteraction, cloze
 * textEntryInteraction, ordering orderInteraction, matching matchInteraction (with a mapping), and
 * short answer, select evidence and discussion extendedTextInteraction (scored by a person).
 */
public final class QtiExport {

    static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private QtiExport() {}

    public static void write(String moduleSlug, String moduleTitle, List<Question> questions, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            List<String[]> files = new ArrayList<>();
            int n = 0;
            for (Question q : questions) {
                n++;
                String id = identifier(q.id() == null ? "q" + n : q.id(), n);
                String file = "items/" + id + ".xml";
                files.add(new String[] {id, file});
                zip.putNextEntry(new ZipEntry(file));
                zip.write(item(id, q).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest(moduleSlug, moduleTitle, files).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** QTI identifiers are XML NCNames. */
    static String identifier(String raw, int n) {
        String s = raw.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Character.isLetter(s.isEmpty() ? '0' : s.charAt(0)) ? s : "q" + n + "_" + s;
    }

    static String manifest(String slug, String title, List<String[]> files) throws XMLStreamException {
        StringWriter sw = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("manifest");
        x.writeDefaultNamespace(CP_NS);
        x.writeAttribute("identifier", identifier("m-" + slug, 0));
        x.writeStartElement("metadata");
        element(x, "schema", "QTIv2.1 Package");
        element(x, "schemaversion", "1.0.0");
        x.writeEndElement();
        x.writeEmptyElement("organizations");
        x.writeStartElement("resources");
        for (String[] f : files) {
            x.writeStartElement("resource");
            x.writeAttribute("identifier", "res-" + f[0]);
            x.writeAttribute("type", "imsqti_item_xmlv2p1");
            x.writeAttribute("href", f[1]);
            x.writeEmptyElement("file");
            x.writeAttribute("href", f[1]);
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeComment(" " + title.replace("--", "- -") + " ");
        x.writeEndElement();
        x.writeEndDocument();
        return sw.toString();
    }

    static String item(String id, Question q) throws XMLStreamException {
        StringWriter sw = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("assessmentItem");
        x.writeDefaultNamespace(QTI_NS);
        x.writeAttribute("identifier", id);
        x.writeAttribute("title", q.prompt().length() > 60 ? q.prompt().substring(0, 60) : q.prompt());
        x.writeAttribute("adaptive", "false");
        x.writeAttribute("timeDependent", "false");
        switch (q.type()) {
            case multiple_choice, main_idea, true_false -> choice(x, q);
            case cloze -> textEntry(x, q);
            case ordering -> ordering(x, q);
            case matching -> matching(x, q);
            case short_answer, select_evidence, discussion -> extended(x, q);
        }
        x.writeEndElement();
        x.writeEndDocument();
        return sw.toString();
    }

    private static List<String> choices(Question q) {
        return q.type() == org.lectern.questions.QuestionType.true_false ? List.of("true", "false") : q.options();
    }

    private static void choice(XMLStreamWriter x, Question q) throws XMLStreamException {
        List<String> options = choices(q);
        int key = options.indexOf(q.answer());
        responseDeclaration(x, "single", "identifier", List.of(key < 0 ? "" : "c" + key));
        outcome(x);
        x.writeStartElement("itemBody");
        x.writeStartElement("choiceInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        x.writeAttribute("shuffle", "false");
        x.writeAttribute("maxChoices", "1");
        element(x, "prompt", q.prompt());
        for (int i = 0; i < options.size(); i++) {
            x.writeStartElement("simpleChoice");
            x.writeAttribute("identifier", "c" + i);
            x.writeCharacters(options.get(i));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        template(x, "match_correct");
    }

    private static void textEntry(XMLStreamWriter x, Question q) throws XMLStreamException {
        x.writeStartElement("responseDeclaration");
        x.writeAttribute("identifier", "RESPONSE");
        x.writeAttribute("cardinality", "single");
        x.writeAttribute("baseType", "string");
        x.writeStartElement("correctResponse");
        element(x, "value", q.answer() == null ? "" : q.answer());
        x.writeEndElement();
        x.writeStartElement("mapping");
        x.writeAttribute("defaultValue", "0");
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (q.answer() != null) {
            all.add(q.answer());
        }
        all.addAll(q.accepted());
        for (String a : all) {
            x.writeEmptyElement("mapEntry");
            x.writeAttribute("mapKey", a);
            x.writeAttribute("mappedValue", "1");
            x.writeAttribute("caseSensitive", "false");
        }
        x.writeEndElement();
        x.writeEndElement();
        outcome(x);
        x.writeStartElement("itemBody");
        x.writeStartElement("p");
        x.writeCharacters(q.prompt() + " ");
        x.writeEmptyElement("textEntryInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        x.writeEndElement();
        x.writeEndElement();
        template(x, "map_response");
    }

    private static void ordering(XMLStreamWriter x, Question q) throws XMLStreamException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            ids.add("i" + i);
        }
        responseDeclaration(x, "ordered", "identifier", ids);
        outcome(x);
        x.writeStartElement("itemBody");
        x.writeStartElement("orderInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        x.writeAttribute("shuffle", "true");
        element(x, "prompt", q.prompt());
        for (int i = 0; i < q.items().size(); i++) {
            x.writeStartElement("simpleChoice");
            x.writeAttribute("identifier", "i" + i);
            x.writeCharacters(q.items().get(i));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        template(x, "match_correct");
    }

    private static void matching(XMLStreamWriter x, Question q) throws XMLStreamException {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            pairs.add("l" + i + " r" + i);
        }
        x.writeStartElement("responseDeclaration");
        x.writeAttribute("identifier", "RESPONSE");
        x.writeAttribute("cardinality", "multiple");
        x.writeAttribute("baseType", "directedPair");
        x.writeStartElement("correctResponse");
        for (String p : pairs) {
            element(x, "value", p);
        }
        x.writeEndElement();
        x.writeStartElement("mapping");
        x.writeAttribute("defaultValue", "0");
        for (String p : pairs) {
            x.writeEmptyElement("mapEntry");
            x.writeAttribute("mapKey", p);
            x.writeAttribute("mappedValue", "1");
        }
        x.writeEndElement();
        x.writeEndElement();
        outcome(x);
        x.writeStartElement("itemBody");
        x.writeStartElement("matchInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        x.writeAttribute("shuffle", "true");
        x.writeAttribute("maxAssociations", Integer.toString(pairs.size()));
        element(x, "prompt", q.prompt());
        for (String side : new String[] {"l", "r"}) {
            x.writeStartElement("simpleMatchSet");
            for (int i = 0; i < q.pairs().size(); i++) {
                x.writeStartElement("simpleAssociableChoice");
                x.writeAttribute("identifier", side + i);
                x.writeAttribute("matchMax", "1");
                x.writeCharacters(side.equals("l") ? q.pairs().get(i).left() : q.pairs().get(i).right());
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        template(x, "map_response");
    }

    private static void extended(XMLStreamWriter x, Question q) throws XMLStreamException {
        x.writeEmptyElement("responseDeclaration");
        x.writeAttribute("identifier", "RESPONSE");
        x.writeAttribute("cardinality", "single");
        x.writeAttribute("baseType", "string");
        outcome(x);
        x.writeStartElement("itemBody");
        x.writeStartElement("extendedTextInteraction");
        x.writeAttribute("responseIdentifier", "RESPONSE");
        element(x, "prompt", q.prompt());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void responseDeclaration(XMLStreamWriter x, String cardinality, String baseType, List<String> correct)
            throws XMLStreamException {
        x.writeStartElement("responseDeclaration");
        x.writeAttribute("identifier", "RESPONSE");
        x.writeAttribute("cardinality", cardinality);
        x.writeAttribute("baseType", baseType);
        x.writeStartElement("correctResponse");
        for (String c : correct) {
            element(x, "value", c);
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void outcome(XMLStreamWriter x) throws XMLStreamException {
        x.writeEmptyElement("outcomeDeclaration");
        x.writeAttribute("identifier", "SCORE");
        x.writeAttribute("cardinality", "single");
        x.writeAttribute("baseType", "float");
    }

    private static void template(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeEmptyElement("responseProcessing");
        x.writeAttribute("template", "http://www.imsglobal.org/question/qti_v2p1/rptemplates/" + name);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
