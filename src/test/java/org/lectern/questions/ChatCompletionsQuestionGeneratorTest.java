package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model backend's client against a local server speaking the chat-completions protocol. */
class ChatCompletionsQuestionGeneratorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    HttpServer server;
    final AtomicReference<JsonNode> lastRequest = new AtomicReference<>();
    final AtomicReference<String> lastAuth = new AtomicReference<>();
    volatile int status = 200;
    volatile String content;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", ex -> {
            lastRequest.set(JSON.readTree(ex.getRequestBody()));
            lastAuth.set(ex.getRequestHeaders().getFirst("Authorization"));
            ObjectNode resp = JSON.createObjectNode();
            resp.put("id", "chatcmpl-1").put("object", "chat.completion");
            resp.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                    .putObject("message").put("role", "assistant").put("content", content);
            byte[] body = JSON.writeValueAsBytes(resp);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static final String EVIDENCE = "In 2020, Norway and Sweden expanded the accord to cover groundwater.";

    @Test
    void modelQuestionsPassThroughTheSameGateAndSchema() throws Exception {
        content = "```json\n" + JSON.writeValueAsString(Map.of("questions", List.of(
                Map.of("type", "multiple_choice", "prompt", "In which year did Norway and Sweden expand the accord to cover groundwater?",
                        "options", List.of("2020", "2015", "2003", "1994"), "answer", "2020", "evidence", List.of(EVIDENCE),
                        "section", "A New Agreement", "skill", "recall", "difficulty", 1, "explanation", "The article dates it to 2020."),
                Map.of("type", "true_false", "prompt", "It expanded the accord in 2020.", "answer", true,
                        "evidence", List.of(EVIDENCE), "skill", "recall", "difficulty", 1, "explanation", "See."),
                Map.of("type", "multiple_choice", "prompt", "Which year did the accord expand to cover groundwater?",
                        "options", List.of("2021", "2015", "2003", "1994"), "answer", "2021", "evidence", List.of(EVIDENCE),
                        "skill", "recall", "difficulty", 1, "explanation", "Wrong key.")))) + "\n```";
        QuestionGenerator gen = QuestionGenerator.fromEnvironment(Map.of("LECTERN_LLM_URL", url(), "LECTERN_LLM_MODEL", "test-model",
                "LECTERN_LLM_KEY", "secret"));
        assertThat(gen).isInstanceOf(ChatCompletionsQuestionGenerator.class);
        GenerationReport r = gen.run(Fixtures.river(), Fixtures.corpus());

        assertThat(r.questions()).hasSize(1);
        Question q = r.questions().get(0);
        assertThat(q.answer()).isEqualTo("2020");
        assertThat(q.id()).startsWith("mc-");
        assertThat(r.rejections()).extracting(QuestionGate.Rejection::rule).containsExactlyInAnyOrder("pronoun_led", "key_not_in_evidence");

        JsonNode req = lastRequest.get();
        assertThat(req.path("model").asText()).isEqualTo("test-model");
        assertThat(req.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(req.path("messages").get(1).path("content").asText()).contains(EVIDENCE);
        assertThat(lastAuth.get()).isEqualTo("Bearer secret");
    }

    @Test
    void fallsBackToTheBuiltInGeneratorWhenTheServerFails() {
        status = 500;
        content = "oops";
        QuestionGenerator gen = new ChatCompletionsQuestionGenerator(url(), "m", null, new BuiltInQuestionGenerator());
        List<Question> qs = gen.generate(Fixtures.river(), Fixtures.corpus());
        assertThat(qs).isEqualTo(new BuiltInQuestionGenerator().generate(Fixtures.river(), Fixtures.corpus()));
    }

    @Test
    void builtInIsTheDefaultWithoutEnvironment() {
        assertThat(QuestionGenerator.fromEnvironment(Map.of())).isInstanceOf(BuiltInQuestionGenerator.class);
        assertThat(new ChatCompletionsQuestionGenerator("http://h/v1/chat/completions", "m", null, null).endpoint().toString())
                .isEqualTo("http://h/v1/chat/completions");
        assertThat(new String("x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("x");
    }
}
