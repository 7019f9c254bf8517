package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

@DatabaseTest
class HealthTest {

    @Test
    void healthAnswersOkWithTheDatabaseChecked() {
        try (TestServer server = TestServer.start()) {
            WebClient.Page p = server.client().get("/health");
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.header("Content-Type")).startsWith("application/json");
            assertThat(p.body()).contains("\"status\":\"ok\"").contains("\"database\":\"ok\"");
        }
    }

    @Test
    void healthAnswers503WhenTheDatabaseIsUnreachable() {
        try (TestServer server = TestServer.start()) {
            server.server().database().close();
            WebClient.Page p = server.client().get("/health");
            assertThat(p.status()).isEqualTo(503);
            assertThat(p.body()).contains("\"status\":\"unavailable\"");
        }
    }
}
