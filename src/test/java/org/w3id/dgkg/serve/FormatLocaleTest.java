package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link FormatLocale}: en_US only where it writes numbers as the machine's locale does. */
class FormatLocaleTest {
    final Locale saved = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    @Test
    void english_root_and_chinese_write_numbers_as_us_german_does_not() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.ROOT, Locale.UK, Locale.CHINA})
            assertTrue(FormatLocale.writesNumbersAsUs(l), l.toString());
        assertFalse(FormatLocale.writesNumbersAsUs(Locale.GERMANY));
        assertFalse(FormatLocale.writesNumbersAsUs(Locale.FRANCE));
    }

    @Test
    void a_german_machine_keeps_its_locale() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        FormatLocale.preferUs();
        assertEquals(Locale.GERMANY, Locale.getDefault(Locale.Category.FORMAT));
    }

    @Test
    void a_server_started_under_plain_english_formats_as_before_with_en_us() throws Exception {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
        String before = String.format("%,d ms %,.3f s %d", 1234567, 1234.5678, -42);
        DgkgServer server = DgkgServer.create().dataset(DatasetFactory.wrap(DatabaseMgr.createDatasetGraph())).port(0).loopback(true).build().start();
        try {
            assertEquals(Locale.US, Locale.getDefault(Locale.Category.FORMAT));
            assertEquals(before, String.format("%,d ms %,.3f s %d", 1234567, 1234.5678, -42));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlURL()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("SELECT (1234.5 AS ?x) WHERE { }", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("x\r\n1234.5\r\n", r.body());
        } finally {
            server.stop();
        }
    }
}
