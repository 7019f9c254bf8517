package org.lectern.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lectern.importing.Module;

/**
 * Optional model backend: an OpenAI-compatible chat-completions endpoint (LECTERN_LLM_URL, LECTERN_LLM_MODEL,
 * LECTERN_LLM_KEY). Its questions pass through the same gate, ranking and schema as the built-in ones. If the
 * endpoint fails or answers with nothing usable, the fallback generator is used.
 */
public final class ChatCompletionsQuestionGenerator implements QuestionGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI endpoint;
    private final String model;
    private final String key;
    private final QuestionGenerator fallback;
    private final HttpClient http;

    public ChatCompletionsQuestionGenerator(String url, String model, String key, QuestionGenerator fallback) {
        String u = url.strip();
        if (!u.endsWith("/chat/completions")) u = u.replaceAll("/+$", "") + "/chat/completions";
        this.endpoint = URI.create(u);
        this.model = model;
        this.key = key;
        this.fallback = fallback;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI endpoint() { return endpoint; }

    @Override
    public GenerationReport run(Module module, List<Module> corpus) {
        long t0 = System.nanoTime();
        try {
            String content = complete(module);
            List<Candidate> candidates = parse(content, module);
            if (candidates.isEmpty()) return fallback.run(module, corpus);
            return BuiltInQuestionGenerator.finish(module, corpus, candidates, t0);
        } catch (IOException | RuntimeException e) {
            return fallback.run(module, corpus);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback.run(module, corpus);
        }
    }

    /** Sends the chat request and returns the assistant message content. */
    String complete(Module module) throws IOException, InterruptedException {
        ObjectNode req = JSON.createObjectNode();
        req.put("model", model);
        req.put("temperature", 0);
        ArrayNode messages = req.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM_PROMPT);
        messages.addObject().put("role", "user").put("content", "Slug: " + module.slug() + "\nTitle: " + module.title()
                + "\n\nArticle (Markdown; evidence must be copied verbatim from it):\n\n" + module.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(req)));
        if (key != null && !key.isBlank()) b.header("Authorization", "Bearer " + key);
        HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() / 100 != 2) throw new IOException("chat completions returned HTTP " + resp.statusCode());
        JsonNode root = JSON.readTree(resp.body());
        JsonNode content = root.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) throw new IOException("chat completions response has no message content");
        return content.asText();
    }

    /** Parses {"questions":[...]} (optionally in a ``` fence) into candidates with stable ids. */
    static List<Candidate> parse(String content, Module module) throws IOException {
        String s = content.strip();
        if (s.startsWith("```")) s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        JsonNode root = JSON.readTree(s);
        JsonNode list = root.isArray() ? root : root.path("questions");
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            try {
                QuestionType type = QuestionType.valueOf(n.path("type").asText());
                String answer = n.hasNonNull("answer") ? n.get("answer").asText() : null;
                List<Question.Pair> pairs = new ArrayList<>();
                for (JsonNode p : n.path("pairs")) pairs.add(new Question.Pair(p.path("left").asText(), p.path("right").asText()));
                List<String> modules = strings(n.path("modules"));
                if (type == QuestionType.discussion && modules.isEmpty()) modules = List.of(module.slug());
                Question q = new Question(null, type, n.path("prompt").asText(), strings(n.path("options")), answer,
                        strings(n.path("accepted")), pairs, strings(n.path("items")), modules, strings(n.path("evidence")),
                        n.path("section").asText(""), Skill.parse(n.path("skill").asText("recall")),
                        Math.max(1, Math.min(3, n.path("difficulty").asInt(2))), n.path("explanation").asText(""), null);
                q = Ids.assign(q, answer == null ? q.prompt() : answer);
                out.add(Candidate.of(q, i++));
            } catch (IllegalArgumentException e) {
                // an unknown type or skill: skip this item, the gate never sees it
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asText());
        return out;
    }

    static final String SYSTEM_PROMPT = """
            You write reading-comprehension and discussion questions for students about one article.
            Reply with JSON only: {"questions": [ ... ]}. Each question has: type (multiple_choice, true_false,
            cloze, matching, ordering, main_idea, short_answer, select_evidence, discussion), prompt, evidence (list of
            sentences copied verbatim from the article), section (the ## heading it comes from, or ""), skill (recall,
            vocabulary, inference, main idea, evaluate, compare, apply), difficulty (1-3), explanation.
            multiple_choice and main_idea: options (4 strings), answer (the correct option's text).
            true_false: answer (true or false); make false statements by substituting a wrong actor, date, number or
            term, never by inserting "not". cloze: prompt with the gap written ____, answer, accepted (variants).
            matching: pairs [{left, right}] (at least 3). ordering: items (3-5 events in time order).
            short_answer: a why/how question, answer = a passage of the text. select_evidence: prompt = a claim,
            answer = the supporting sentence, verbatim. discussion: an open prompt.
            Prompts must be grammatical and self-contained: never start with a pronoun such as It, This, They, He.
            Distractors must be of the same kind as the key and must not be made true by the evidence.
            """;
}
