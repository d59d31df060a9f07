package com.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import com.precis.ingest.Claim;
import com.precis.ingest.ObjectRef;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.S3EventHandler;
import com.precis.pipeline.Precis;
import com.precis.report.Chromium;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The "done when", against a moto_server of its own: the sample and two made-up articles
 * go through the S3 trigger into the table; {@code query --speaker Lutnick} prints his quote and
 * {@code query --actor Nvidia} lists the article, each in one Query per page (the client counts its
 * requests); results page through LastEvaluatedKey; a table without the index, or no table, is one
 * line; and {@code report} over the table renders in headless Chromium with the sample's speakers.
 */
class IndexQueryIT {

    static final String TABLE = "precis-query-it";
    static final String BUCKET = "precis-query-articles";

    static MotoServer moto;
    static AwsSettings settings;
    static DynamoArticleStore store;
    static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    /** Counts the API calls clients make, by operation (Query, Scan, …). */
    static final class Counter implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            String operation = context.request().getClass().getSimpleName().replace("Request", "");
            REQUESTS.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    static DynamoDbClient countedClient(AwsSettings s) {
        return DynamoDbClient.builder().endpointOverride(s.dynamoDbEndpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new Counter())).build();
    }

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.strip().split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(new ObjectMapper().readTree(line));
                }
            }
            return nodes;
        }
    }

    static Run query(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint", moto.endpoint().toString()));
        if (!all.contains("--table")) {
            all.addAll(List.of("--table", TABLE));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QueryCommand.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), IndexQueryIT::countedClient, Clock.systemUTC());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int queries() {
        return REQUESTS.getOrDefault("Query", new AtomicInteger()).get();
    }

    static String madeUp(String headline, String speaker, String company, String words) {
        return headline + "\n\nBy Ada Quill\n\n"
                + company + " cancelled its evening crossings on Tuesday after the crews walked out over pay, "
                + "stranding hundreds of passengers at the terminal.\n\n"
                + "“" + words + ",” " + speaker + ", who leads the crews' union, told reporters at the quay.\n\n"
                + "The company said it would run a reduced timetable until the talks resume next week, and offered "
                + "refunds to passengers who could not travel.\n";
    }

    @BeforeAll
    static void start() throws IOException {
        moto = MotoServer.start();
        settings = AwsSettings.local(moto.endpoint(), "us-east-1", TABLE);
        AwsClients clients = new AwsClients(settings);
        LocalTrigger.createTable(clients.dynamoDb(), TABLE);
        store = new DynamoArticleStore(clients.dynamoDb(), TABLE);
        LocalTrigger trigger = LocalTrigger.create(clients.s3(), clients.sqs(), BUCKET, "precis-query-events");
        trigger.upload(Path.of("samples/nvidia-h20-scraped.txt"), "incoming/nvidia-h20-scraped.txt");
        trigger.upload("incoming/ferry.txt", madeUp("Ferry crews walk out over pay", "Ottoline Varga",
                "Nordhavn Ferries", "We have waited two years for an offer that respects the night shifts")
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        trigger.upload("incoming/tram.txt", madeUp("Tram drivers join the ferry strike", "Ottoline Varga",
                "Kestrel Trams", "Nobody crosses the river tonight unless the owners come back to the table")
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        S3EventHandler handler = new S3EventHandler(LambdaWiring.with(settings, Precis.DEFAULT_MAX_INPUT_BYTES));
        for (S3Event event : trigger.receive(3, Duration.ofSeconds(30))) {
            handler.handleRequest(event, new LocalContext(60));
        }
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void resetCounts() {
        REQUESTS.clear();
    }

    @Test
    void lutnicksQuoteAndTheNvidiaArticleEachComeFromOneQuery() throws IOException {
        Run lutnick = query("--speaker", "Lutnick");
        assertThat(lutnick.code()).isZero();
        assertThat(lutnick.out()).contains("Howard Lutnick").contains("We don’t sell them our best stuff")
                .contains("China turns buyers");
        assertThat(queries()).isEqualTo(1);

        REQUESTS.clear();
        Run nvidia = query("--actor", "Nvidia", "--json");
        assertThat(nvidia.code()).isZero();
        List<JsonNode> rows = nvidia.json();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("title").asText())
                .isEqualTo("China turns buyers against Nvidia's H20 chips after US Commerce Secretary remarks");
        assertThat(rows.get(0).get("articleId").asText()).isEqualTo("s3://" + BUCKET + "/incoming/nvidia-h20-scraped.txt");
        assertThat(queries()).isEqualTo(1);
        assertThat(REQUESTS.keySet()).containsExactly("Query");

        // every way the article writes him, and none of the wrong dates
        assertThat(query("--speaker", "Commerce Secretary Howard Lutnick", "--json").json()).hasSize(1);
        assertThat(query("--speaker", "HOWARD LUTNICK", "--json").json()).hasSize(1);
        assertThat(query("--speaker", "\"Lutnick\"", "--json").json()).hasSize(1); // quotes around the name
        Run longName = query("--speaker", "Lutnick ".repeat(256)); // 2 KB of text: looked up, nothing found
        assertThat(longName.code()).isZero();
        assertThat(longName.out()).isEmpty();
        assertThat(longName.err().strip()).startsWith("no quotes by 'Lutnick Lutnick").endsWith(" characters)'");
        Run later = query("--speaker", "Lutnick", "--since", "2025-08-22");
        assertThat(later.out()).isEmpty();
        assertThat(later.err()).contains("no quotes by 'Lutnick' in those dates");
    }

    @Test
    void theMadeUpArticlesThroughTheTriggerAreFoundBySpeakerAndActor() throws IOException {
        List<JsonNode> rows = query("--speaker", "Varga", "--json").json();
        assertThat(rows).extracting(r -> r.get("speaker").asText()).containsOnly("Ottoline Varga");
        assertThat(rows).extracting(r -> r.get("quote").asText()).containsExactlyInAnyOrder(
                "We have waited two years for an offer that respects the night shifts,",
                "Nobody crosses the river tonight unless the owners come back to the table,");
        assertThat(query("--actor", "Ottoline Varga", "--json").json()).extracting(r -> r.get("articleId").asText())
                .containsExactlyInAnyOrder("s3://" + BUCKET + "/incoming/ferry.txt", "s3://" + BUCKET + "/incoming/tram.txt");
    }

    static ArticleDocument dated(int day) {
        String key = "incoming/pages/" + day + ".txt";
        Actor speaker = new Actor("a1", "Ilse Brandvold", ActorType.PERSON, List.of(), List.of(), 1, 0.5);
        return new ArticleDocument(ObjectRef.of(BUCKET, key).articleId(), new Source(BUCKET, key, null, null, 1L, null, null, null),
                "Day " + day, null, List.of(), String.format("2026-01-%02dT12:00", day), "en", List.of("One."),
                List.of(new Quote("Remark of day " + day, new Speaker("Ilse Brandvold", "a1"), "said", QuoteKind.DIRECT, false, 0, true)),
                List.of(speaker), "Body.", new Stats(1, 1, 1, 0, 1), "test", Instant.now().toString(), Status.OK, null, List.of());
    }

    @Test
    void answersPageThroughLastEvaluatedKeyOneQueryPerPage() throws IOException {
        for (int day = 1; day <= 23; day++) {
            ArticleDocument doc = dated(day);
            ObjectRef ref = ObjectRef.of(BUCKET, doc.source().key());
            Claim claim = store.claim(ref, "0" + day, Instant.now(), Instant.now().plusSeconds(60));
            assertThat(store.complete(doc, "0" + day, claim.token())).isTrue();
        }
        REQUESTS.clear();
        Run all = query("--speaker", "Brandvold", "--page-size", "5", "--limit", "100", "--json");
        List<JsonNode> rows = all.json();
        assertThat(rows).hasSize(23);
        assertThat(rows.get(0).get("title").asText()).isEqualTo("Day 23");
        assertThat(rows.get(22).get("title").asText()).isEqualTo("Day 1");
        List<String> dates = rows.stream().map(r -> r.get("date").asText()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(queries()).as("Query requests for 23 answers, 5 a page").isEqualTo(5);

        REQUESTS.clear();
        Run some = query("--speaker", "Brandvold", "--page-size", "5", "--limit", "12");
        assertThat(some.out().lines().filter(l -> l.contains("Remark of day"))).hasSize(12);
        assertThat(queries()).isEqualTo(3); // 5 + 5 + 2
        assertThat(some.err()).contains("stopped at --limit 12");

        REQUESTS.clear();
        List<JsonNode> week = query("--speaker", "Ilse Brandvold", "--since", "2026-01-10", "--until", "2026-01-12", "--json").json();
        assertThat(week).extracting(r -> r.get("title").asText()).containsExactly("Day 12", "Day 11", "Day 10");
        assertThat(queries()).isEqualTo(1);
    }

    @Test
    void aTableWithoutTheIndexIsOneLineSayingHowToAddIt() {
        DynamoDbClient dynamo = new AwsClients(settings).dynamoDb();
        dynamo.createTable(r -> r.tableName("precis-old-table").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("articleId").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("articleId").attributeType(ScalarAttributeType.S).build()));
        Run old = query("--speaker", "Lutnick", "--table", "precis-old-table");
        assertThat(old.code()).isEqualTo(1);
        assertThat(old.err().strip().lines().count()).isEqualTo(1);
        assertThat(old.err()).contains("precis-old-table has no global secondary index byName")
                .contains("aws dynamodb update-table --table-name precis-old-table").doesNotContain("Exception");

        Run missing = query("--speaker", "Lutnick", "--table", "no-such-table");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("precis query: table no-such-table not found (check --table, --endpoint and the region)");
    }

    @Test
    void aServerThatIsNotThereIsOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QueryCommand.run(new String[] {"--speaker", "Lutnick", "--endpoint", "http://127.0.0.1:" + port},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                IndexQueryIT::countedClient, Clock.systemUTC());
        assertThat(code).isEqualTo(1);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line.lines().count()).isEqualTo(1);
        assertThat(line).startsWith("precis query: ").doesNotContain("\tat ");
    }

    @Test
    void theReportOverTheTableRendersInChromiumWithTheSamplesSpeakers() throws Exception {
        Chromium chromium = Chromium.require();
        Path page = Path.of("target", "report-it", "report-table.html");
        Files.createDirectories(page.getParent());
        Files.deleteIfExists(page);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReportCommand.run(new String[] {"--endpoint", moto.endpoint().toString(), "--table", TABLE,
                "--out", page.toString()}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                IndexQueryIT::countedClient, Clock.systemUTC());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Document dom = Jsoup.parse(chromium.dumpDom(page));
        assertThat(dom.select("#bars-speakers g.bar").eachAttr("data-name"))
                .contains("Howard Lutnick", "China's foreign ministry", "Ottoline Varga");
        assertThat(dom.select("article.story h3").eachText())
                .contains("China turns buyers against Nvidia's H20 chips after US Commerce Secretary remarks");
        assertThat(dom.select("#matrix th[data-speaker]").eachAttr("data-speaker")).contains("Howard Lutnick");
        chromium.screenshot(page, Path.of("target", "report-table.png"), 1280, 1600);
    }
}
