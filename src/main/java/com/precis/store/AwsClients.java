package com.precis.store;

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

    private final AwsSettings settings;
    private final SdkHttpClient http;

    public AwsClients(AwsSettings settings) {
        this.settings = settings;
        this.http = UrlConnectionHttpClient.builder().build();
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
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
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
