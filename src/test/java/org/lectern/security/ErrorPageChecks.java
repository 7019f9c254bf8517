package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.lectern.testing.WebClient;

/** What an error page must never show a visitor. */
final class ErrorPageChecks {

    private ErrorPageChecks() {}

    static void assertNoInternals(WebClient.Page p) {
        assertThat(p.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("jdbc")
                .doesNotContainIgnoringCase("select ")
                .doesNotContainIgnoringCase("insert into")
                .doesNotContain("Hikari")
                .doesNotContain("jooq");
    }
}
