package com.precis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.FetchedObject;
import com.precis.ingest.InMemoryArticleStore;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ObjectSource;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.Precis;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The handlers' metrics lines, read as CloudWatch reads them: each is an Embedded Metric Format
 * record by the specification (an {@code _aws} member with a millisecond Timestamp and
 * CloudWatchMetrics directives; every dimension a top-level string member, every metric a
 * top-level number with a valid unit), and they count what happened.
 */
class ArticleMetricsTest {

    /** The units the EMF specification (CloudWatch's StandardUnit) allows. */
    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes",
            "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count",
            "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    private static final String SECRET_SENTENCE = "The lighthouse keeper counted forty-two gulls on the quay";
    private static final String ARTICLE = """
            Gull numbers rise on the island

            %s before dawn on Sunday, more than in any year he can remember.

            “They come for the fishing boats,” the keeper, Tomas Lind, said as he climbed the stairs.

            The island council will count the birds again in the autumn, its spokesperson said.
            """.formatted(SECRET_SENTENCE);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, byte[]> objects = new HashMap<>();

    private List<JsonNode> run() throws Exception {
        objects.put("incoming/gulls.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        objects.put("incoming/blank.txt", new byte[0]);
        ObjectSource source = new ObjectSource() {
            @Override
            public FetchedObject fetch(ObjectRef ref, long maxBytes) throws ArticleRejectedException {
                return new FetchedObject(objects.get(ref.key()), "text/plain", "v1", "etag");
            }
        };
        ArticleMetrics metrics = new ArticleMetrics("Precis", "precis-test-summarizer",
                new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        ArticleProcessor processor = new ArticleProcessor(source, new InMemoryArticleStore(), Precis.standard(),
                Clock.systemUTC(), metrics);
        Instant lease = Instant.now().plusSeconds(60);
        ObjectRef gulls = new ObjectRef("articles", "incoming/gulls.txt", "v1", "e", 1L, "00A1", null);
        processor.created(gulls, lease);
        processor.created(gulls, lease); // the same event again: a duplicate
        processor.created(new ObjectRef("articles", "incoming/gulls.txt", "v0", "e", 1L, "0001", null), lease); // older
        processor.created(new ObjectRef("articles", "incoming/blank.txt", "v1", "e", 0L, "00A1", null), lease);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    /** Checks one record against the EMF specification and returns its metric values by name. */
    static Map<String, Double> validEmf(JsonNode record) {
        JsonNode aws = record.get("_aws");
        assertThat(aws).as("_aws member").isNotNull();
        assertThat(aws.get("Timestamp").isIntegralNumber()).isTrue();
        assertThat(aws.get("Timestamp").asLong()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z").toEpochMilli());
        JsonNode directives = aws.get("CloudWatchMetrics");
        assertThat(directives.isArray() && !directives.isEmpty()).isTrue();
        Map<String, Double> values = new HashMap<>();
        for (JsonNode directive : directives) {
            assertThat(directive.get("Namespace").asText()).isEqualTo("Precis");
            JsonNode dimensionSets = directive.get("Dimensions");
            assertThat(dimensionSets.isArray()).isTrue();
            for (JsonNode set : dimensionSets) {
                assertThat(set.isArray() && set.size() >= 1 && set.size() <= 30).isTrue();
                for (JsonNode dimension : set) {
                    JsonNode member = record.get(dimension.asText());
                    assertThat(member).as("dimension " + dimension + " is a top-level member").isNotNull();
                    assertThat(member.isTextual()).as("dimension values are strings").isTrue();
                }
            }
            JsonNode metrics = directive.get("Metrics");
            assertThat(metrics.isArray() && metrics.size() >= 1 && metrics.size() <= 100).isTrue();
            for (JsonNode metric : metrics) {
                String name = metric.get("Name").asText();
                assertThat(UNITS).as("unit of " + name).contains(metric.get("Unit").asText());
                JsonNode value = record.get(name);
                assertThat(value).as("value of " + name).isNotNull();
                assertThat(value.isNumber()).as(name + " is a number").isTrue();
                values.put(name, value.asDouble());
            }
        }
        return values;
    }

    @Test
    void everyLineIsAValidEmfRecordWithTheFunctionAsDimension() throws Exception {
        List<JsonNode> lines = run();
        assertThat(lines).hasSize(4);
        for (JsonNode line : lines) {
            validEmf(line);
            assertThat(line.get("FunctionName").asText()).isEqualTo("precis-test-summarizer");
            assertThat(line.at("/_aws/CloudWatchMetrics/0/Dimensions/0").toString()).isEqualTo("[\"FunctionName\"]");
        }
    }

    @Test
    void theLinesCountStoredFailedByReasonDuplicateAndStale() throws Exception {
        List<JsonNode> lines = run();
        Map<String, Double> stored = validEmf(lines.get(0));
        assertThat(stored).containsEntry("ArticlesProcessed", 1.0).doesNotContainKey("ArticlesFailed");
        assertThat(stored.get("QuotesPerArticle")).isEqualTo(1.0);
        assertThat(stored.get("ActorsPerArticle")).isGreaterThanOrEqualTo(1.0);
        assertThat(stored).containsKeys("ProcessingTime", "PipelineTime");
        assertThat(validEmf(lines.get(1))).containsOnlyKeys("Duplicates");
        assertThat(validEmf(lines.get(2))).containsOnlyKeys("StaleEvents");
        Map<String, Double> failed = validEmf(lines.get(3));
        assertThat(failed).containsEntry("ArticlesFailed", 1.0).containsEntry("ArticlesProcessed", 1.0);
        assertThat(lines.get(3).get("Reason").asText()).isEqualTo("EMPTY");
        Set<String> sets = new HashSet<>();
        lines.get(3).at("/_aws/CloudWatchMetrics/0/Dimensions").forEach(s -> sets.add(s.toString()));
        assertThat(sets).containsExactlyInAnyOrder("[\"FunctionName\"]", "[\"FunctionName\",\"Reason\"]");
    }

    @Test
    void noLineCarriesArticleText() throws Exception {
        run();
        String all = out.toString(StandardCharsets.UTF_8);
        assertThat(all).doesNotContain("lighthouse").doesNotContain("gulls on the quay").doesNotContain("fishing boats");
    }

    @Test
    void reasonCodesAreTheErrorsLeadingCodeOrOther() {
        assertThat(ArticleMetrics.reasonCode("BINARY: the object is binary")).isEqualTo("BINARY");
        assertThat(ArticleMetrics.reasonCode("TOO_LARGE: 20000000 bytes")).isEqualTo("TOO_LARGE");
        assertThat(ArticleMetrics.reasonCode("something \"odd\": x")).isEqualTo("OTHER");
    }
}
