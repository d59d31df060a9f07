package com.precis.store;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients, once per container: one HTTP client (url-connection) shared by all, the
 * region and credentials from the environment when they are there (cheaper than the default
 * chain's probing on a cold start), and any endpoint override from {@link AwsSettings}.
 */
public final class AwsClients {

    /**
     * Attempts per call (AWS_MAX_ATTEMPTS overrides): the SDK's standard retries with jittered
     * backoff ride out throttling, 5xx and resets; a call that still fails fails the record.
     */
    static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** Bounds on one call, so retries end well inside the function's 60 s and its deadline margin. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(25);

    private final AwsSettings settings;
    private final SdkHttpClient http;

    public AwsClients(AwsSettings settings) {
        this.settings = settings;
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
    }

    public S3Client s3() {
        var builder = S3Client.builder().httpClient(http);
        configure(builder, settings.s3Endpoint());
        if (settings.s3Endpoint() != null) {
            builder.forcePathStyle(true);
        }
        return builder.build();
    }

    public DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder().httpClient(http);
        configure(builder, settings.dynamoDbEndpoint());
        return builder.build();
    }

    public SqsClient sqs() {
        var builder = SqsClient.builder().httpClient(http);
        configure(builder, settings.sqsEndpoint());
        return builder.build();
    }

    private void configure(AwsClientBuilder<?, ?> builder, java.net.URI endpoint) {
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        }
        builder.credentialsProvider(credentials());
        int attempts = maxAttempts(System.getenv("AWS_MAX_ATTEMPTS"));
        builder.overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(attempts))
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
    }

    static int maxAttempts(String configured) {
        try {
            return configured == null ? DEFAULT_MAX_ATTEMPTS : Math.max(1, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_ATTEMPTS;
        }
    }

    private AwsCredentialsProvider credentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        if (settings.localServer()) {
            // moto and LocalStack accept any signature; no profile is needed to try Precis locally.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
