package com.precis.lambda;

import com.precis.ingest.ArticleProcessor;
import com.precis.ingest.ObjectLookup;
import com.precis.metrics.ArticleMetrics;
import com.precis.pipeline.Precis;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import com.precis.store.S3ObjectLookup;
import com.precis.store.S3ObjectSource;
import java.time.Clock;

/** Connects the processor to S3 and DynamoDB from the standard settings of the environment. */
public final class LambdaWiring {

    /** Overrides the largest object accepted, in bytes. */
    public static final String MAX_OBJECT_BYTES = "PRECIS_MAX_OBJECT_BYTES";

    private LambdaWiring() {
    }

    public static ArticleProcessor fromEnvironment() {
        return with(AwsSettings.fromEnvironment(), maxObjectBytes(System.getenv(MAX_OBJECT_BYTES)));
    }

    public static ArticleProcessor with(AwsSettings settings, long maxObjectBytes) {
        return wire(settings, maxObjectBytes).processor();
    }

    /** The processor and a lookup on the same S3 client, for handlers whose events name objects only. */
    public record Wiring(ArticleProcessor processor, ObjectLookup objects) {
    }

    public static Wiring wire(AwsSettings settings, long maxObjectBytes) {
        PipelineWarmup warmup = PipelineWarmup.start(maxObjectBytes); // overlaps the SDK's start-up
        AwsClients clients = new AwsClients(settings);
        var s3 = clients.s3();
        ArticleProcessor processor = new ArticleProcessor(new S3ObjectSource(s3),
                new DynamoArticleStore(clients.dynamoDb(), settings.tableName()),
                warmup.pipeline(), Clock.systemUTC(), ArticleMetrics.fromEnvironment());
        return new Wiring(processor, new S3ObjectLookup(s3));
    }

    public static long maxObjectBytes(String configured) {
        if (configured == null || configured.isBlank()) {
            return Precis.DEFAULT_MAX_INPUT_BYTES;
        }
        try {
            long value = Long.parseLong(configured.strip());
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(MAX_OBJECT_BYTES + " must be a positive number of bytes, not '"
                    + configured + "'");
        }
    }
}
