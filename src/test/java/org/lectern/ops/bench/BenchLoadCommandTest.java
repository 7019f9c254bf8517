package org.lectern.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lectern.cli.Main;

/** A short run of {@code lectern bench load} on its own H2 server, as an admin would start it. */
class BenchLoadCommandTest {

    @Test
    void aShortRunReportsEveryStepWithoutErrorsAndFindsEveryAcknowledgedWriteStored() throws Exception {
        String out = stdoutOf(() -> assertThat(Main.run("bench", "load", "--students", "6", "--seconds", "3",
                "--warmup-seconds", "0", "--json")).isZero());
        JsonNode json = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertThat(json.get("errors").asLong()).isZero();
        assertThat(json.get("baseline_rps").asDouble()).isPositive();
        assertThat(json.get("acknowledged_signups").asLong()).isEqualTo(6);
        assertThat(json.get("stored_signups").asLong()).isEqualTo(6);
        assertThat(json.get("lost_writes").asLong()).isZero();
        assertThat(json.get("steps").fieldNames()).toIterable()
                .containsExactly("health", "join", "sign_in", "home", "module_page", "questions_page", "answer",
                        "discussion_post", "journey_mixed");
        for (String key : new String[] {"page_rps", "submit_rps", "page_ratio", "submit_ratio", "submit_p99_ms"}) {
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(json.get("acknowledged_answers").asLong()).as("answers acknowledged").isPositive();
        assertThat(json.get("stored_answers").asLong()).isEqualTo(json.get("acknowledged_answers").asLong());
        assertThat(json.get("stored_discussion_posts").asLong()).isEqualTo(json.get("acknowledged_discussion_posts").asLong());
        JsonNode home = json.get("steps").get("home");
        assertThat(home.get("count").asLong()).isPositive();
        assertThat(home.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(home.get("p50_ms").asDouble());
    }

    @Test
    void answersAreAlsoSentAtFixedRatesAndTheHighestRateWithinTheLatencyTargetIsReported() throws Exception {
        String out = stdoutOf(() -> assertThat(Main.run("bench", "load", "--students", "6", "--seconds", "2",
                "--warmup-seconds", "0", "--json")).isZero());
        JsonNode json = new ObjectMapper().readTree(out.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        JsonNode paced = json.get("paced_answers");
        assertThat(paced.size()).isBetween(1, 3);
        double baseline = json.get("baseline_rps").asDouble();
        double target = Math.round(0.25 * baseline);
        java.util.List<Double> offered = new java.util.ArrayList<>();
        paced.forEach(r -> offered.add(r.get("offered_rps").asDouble()));
        assertThat(offered).isSorted().contains(target);
        double within = 0;
        for (JsonNode r : paced) {
            assertThat(r.get("count").asLong()).as("answers sent at %s/s", r.get("offered_rps")).isPositive();
            // an open loop keeps to its schedule: about the offered rate is sent, whatever the latency
            assertThat(r.get("rps").asDouble()).isCloseTo(r.get("offered_rps").asDouble(), org.assertj.core.data.Percentage.withPercentage(35));
            if (r.get("errors").asLong() == 0 && r.get("p99_ms").asDouble() < 100) {
                within = Math.max(within, r.get("offered_rps").asDouble());
            }
        }
        assertThat(json.get("submit_paced_rps_p99_under_100ms").asDouble()).isEqualTo(within);
        assertThat(json.get("stored_answers").asLong()).isEqualTo(json.get("acknowledged_answers").asLong());
    }

    @Test
    void itRefusesToTargetAnotherMachine() {
        assertThat(Main.run("bench", "load", "--url", "http://192.0.2.10:7070", "--students", "1", "--seconds", "1"))
                .isEqualTo(2);
    }

    private static String stdoutOf(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
