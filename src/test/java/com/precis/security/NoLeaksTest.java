package com.precis.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.FetchedObject;
import com.precis.ingest.InMemoryArticleStore;
import com.precis.lambda.S3EventHandler;
import com.precis.log.JsonLog;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logs carry ids, sizes and timings, never article text; HTML is parsed, never fetched or run. */
class NoLeaksTest {

    private static final String SECRET_SENTENCE = "Zanzibar-7f3c quartz heron whispered the confidential figure";

    @Test
    void logsNeverCarryArticleText() throws Exception {
        String article = "Harbour plan approved by the council\n\n"
                + "The council approved the harbour plan on Tuesday after a long debate, officials said.\n\n"
                + "“" + SECRET_SENTENCE + ",” the mayor, Anna Berg, told reporters.\n\n"
                + "The work on the new quay will start in the spring and last two years.\n";
        InMemoryArticleStore store = new InMemoryArticleStore();
        S3EventHandler handler = new S3EventHandler(new ArticleProcessor(
                (ref, max) -> new FetchedObject(article.getBytes(StandardCharsets.UTF_8), "text/plain", "v1", "e1"),
                store, Precis.standard(), Clock.systemUTC()));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            S3ObjectEntity object = new S3ObjectEntity("incoming/a.txt", 10L, "e1", "v1", "01");
            S3Entity s3 = new S3Entity("c", new S3BucketEntity("articles", null, "arn:aws:s3:::articles"), object, "1.0");
            handler.handleRequest(new S3Event(List.of(new S3EventNotificationRecord("us-east-1", "ObjectCreated:Put",
                    "aws:s3", "2026-01-01T00:00:00.000Z", "2.1", null, null, s3, null))), null);
        } finally {
            JsonLog.redirect(System.out);
        }
        assertThat(store.documents.values()).singleElement()
                .satisfies(doc -> assertThat(doc.cleanText()).contains(SECRET_SENTENCE));
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("incoming/a.txt").doesNotContain("Zanzibar").doesNotContain("quartz heron")
                .doesNotContain("harbour plan").doesNotContain("AWS_SECRET").doesNotContain("PATH=");
        for (String line : logs.split("\n")) {
            new ObjectMapper().readTree(line); // every line is one JSON object
        }
    }

    @Test
    void htmlIsNeverFetchedNorRun() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + listener.getLocalPort();
            String html = """
                    <?xml version="1.0"?>
                    <!DOCTYPE html [<!ENTITY ext SYSTEM "%1$s/entity">]>
                    <html><head><base href="%1$s/"><link rel="stylesheet" href="%1$s/style.css">
                    <meta http-equiv="refresh" content="0; url=%1$s/refresh">
                    <script src="%1$s/script.js"></script><script>fetch('%1$s/inline')</script>
                    <title>Port strike ends after three weeks</title></head>
                    <body onload="fetch('%1$s/onload')"><article><h1>Port strike ends after three weeks</h1>
                    <img src="%1$s/image.png" srcset="%1$s/big.png 2x"><iframe src="%1$s/frame"></iframe>
                    <p>Dock workers in Rotterdam returned to work on Monday after a three-week strike, the union said. &ext;</p>
                    <p>The port authority said traffic would be back to normal by Wednesday, and ships were queueing.</p>
                    <object data="%1$s/object"></object><video src="%1$s/video.mp4"></video>
                    </article></body></html>""".formatted(base);
            Precis.standard().summarize(new ArticleInput(html.getBytes(StandardCharsets.UTF_8), "text/html", "p.html"));
            listener.setSoTimeout(300);
            boolean connected;
            try (var ignored = listener.accept()) {
                connected = true;
            } catch (SocketTimeoutException none) {
                connected = false;
            }
            assertThat(connected).as("the pipeline opened a connection to a URL in the page").isFalse();
        }
    }
}
