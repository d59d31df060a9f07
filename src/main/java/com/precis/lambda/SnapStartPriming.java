package com.precis.lambda;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.precis.ingest.ArticleProcessor;
import com.precis.log.JsonLog;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import com.precis.store.DynamoArticleStore;
import com.precis.store.S3ObjectSource;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SnapStart priming: just before Lambda snapshots the initialised function, runs the whole
 * handler path a few times on built-in articles of our own writing (one HTML page, one text
 * dump), with S3 and DynamoDB clients whose HTTP client answers from memory. The snapshot then
 * holds the classes loaded and initialised, the pipeline's resources read, and the hot code
 * compiled, so a restored function handles its first event warm. No AWS call is made: priming
 * happens at deployment time, where a real call would fail or write into the user's table.
 *
 * <p>What is primed: the handler's record loop and key decoding, the S3 event model, S3
 * GetObject (request marshalling, SigV4 signing, endpoint rules, streaming the body), the
 * pipeline on both input kinds (decoding, jsoup, cleaning, sentences, actors, quotes, summary),
 * fitting and mapping the item, DynamoDB PutItem (JSON marshalling, signing, response), and the
 * JSON logs. Not primed: the network itself (DNS, the first TLS handshake with S3 and DynamoDB),
 * which needs AWS and happens on the first request after restore.
 *
 * <p>Nothing unique to one environment is created here: the priming clients, their fake
 * credentials and the priming pipeline are dropped before the snapshot; the handler's own
 * clients are untouched and open their connections after restore.
 */
public final class SnapStartPriming implements Resource {

    private static final JsonLog LOG = JsonLog.of(SnapStartPriming.class);
    private static final String BUCKET = "precis-priming";
    /** Enough runs for the hot paths to reach compiled code under Lambda's C1-only JIT. */
    private static final int ROUNDS = 30;

    /** org.crac keeps only weak references to resources: this one is held here. */
    private static volatile SnapStartPriming registered;

    private SnapStartPriming() {
    }

    /** Registers priming with the global CRaC context; without SnapStart it is never called. */
    public static void register() {
        synchronized (SnapStartPriming.class) {
            if (registered == null) {
                registered = new SnapStartPriming();
                Core.getGlobalContext().register(registered);
            }
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        try {
            int handled = prime(ROUNDS);
            LOG.info("SnapStart priming done", "events", handled, "millis", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            // A failed priming only costs warmth; it must never fail the snapshot (and the deployment).
            LOG.warn("SnapStart priming failed", "exception", e.getClass().getName(), "detail", e.getMessage());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: priming kept no connections, ids or credentials.
    }

    /**
     * Runs the handler path {@code rounds} times over each built-in article, against clients that
     * answer from memory, and returns how many events were handled with the article stored.
     */
    static int prime(int rounds) {
        Precis precis = Precis.standard();
        int stored = 0;
        for (String name : PipelineWarmup.ARTICLES) {
            byte[] article = PipelineWarmup.builtIn(name);
            try (S3Client s3 = cannedS3(article); DynamoDbClient dynamo = cannedDynamoDb()) {
                S3EventHandler handler = new S3EventHandler(new ArticleProcessor(new S3ObjectSource(s3),
                        new DynamoArticleStore(dynamo, "precis-priming"), precis, Clock.systemUTC()));
                S3Event event = event("incoming/" + name);
                for (int i = 0; i < rounds; i++) {
                    if (i == 1) {
                        JsonLog.redirect(DISCARD); // one round's log lines show priming; the rest would be noise
                    }
                    stored += storedRecords(handler.handleRequest(event, null));
                    // The pipeline alone too, so its code compiles even where the SDK dominates a round.
                    precis.summarize(new ArticleInput(article, null, name));
                }
            } catch (com.precis.pipeline.ArticleRejectedException e) {
                throw new IllegalStateException("a built-in priming article was rejected: " + e.describe(), e);
            } finally {
                JsonLog.redirect(System.out); // where the Lambda runtime reads logs
            }
        }
        return stored;
    }

    private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    private static int storedRecords(Map<String, Object> result) {
        int ok = 0;
        for (Object record : (List<?>) result.get("results")) {
            if ("STORED".equals(((Map<?, ?>) record).get("status"))) {
                ok++;
            }
        }
        return ok;
    }

    private static S3Event event(String key) {
        S3ObjectEntity object = new S3ObjectEntity(key, null, null, null, null);
        S3Entity s3 = new S3Entity("priming", new S3BucketEntity(BUCKET, new UserIdentityEntity("priming"),
                "arn:aws:s3:::" + BUCKET), object, "1.0");
        List<S3EventNotificationRecord> records = new ArrayList<>();
        records.add(new S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                "2025-01-01T00:00:00.000Z", "2.1", null, null, s3, null));
        return new S3Event(records);
    }

    // The same client configuration as store.AwsClients, but an HTTP client that answers from memory
    // and fake credentials: nothing leaves the process.
    private static final StaticCredentialsProvider FAKE_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

    private static S3Client cannedS3(byte[] body) {
        return S3Client.builder().region(Region.US_EAST_1).credentialsProvider(FAKE_CREDENTIALS)
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody(body).build()).build();
    }

    private static DynamoDbClient cannedDynamoDb() {
        return DynamoDbClient.builder().region(Region.US_EAST_1).credentialsProvider(FAKE_CREDENTIALS)
                .httpClient(CannedResponseHttpClient.builder().statusCode(200)
                        .responseBody("{}".getBytes(StandardCharsets.UTF_8)).build())
                .build();
    }
}
