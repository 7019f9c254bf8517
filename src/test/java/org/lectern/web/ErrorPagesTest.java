package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

@DatabaseTest
class ErrorPagesTest {

    static TestServer server;
    static WebClient ada;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        ada = People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownAddressGetsAFriendly404Page() {
        WebClient.Page p = ada.get("/no/such/page");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.html().selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(p.html().select("a[href=/]")).isNotEmpty();
    }

    @Test
    void aMissingClassIs404AndAMalformedIdToo() {
        assertThat(ada.get("/classes/999999").status()).isEqualTo(404);
        WebClient.Page p = ada.get("/classes/not-a-number");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.body()).doesNotContain("NumberFormatException").doesNotContain("at org.");
    }

    @Test
    void errorPagesCarryTheSecurityHeaders() {
        WebClient.Page p = ada.get("/nowhere");
        assertThat(p.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(p.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(p.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
