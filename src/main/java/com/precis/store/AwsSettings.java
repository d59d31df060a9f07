package com.precis.store;

import java.net.URI;
import java.util.Map;

/**
 * The standard AWS settings the clients honour, read once: service endpoints
 * ({@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL}),
 * region and the table name. An overridden endpoint (moto, LocalStack, DynamoDB Local) also turns
 * on path-style S3 addressing, which local servers need.
 */
public record AwsSettings(URI s3Endpoint, URI dynamoDbEndpoint, URI sqsEndpoint, String region, String tableName) {

    public static final String TABLE_NAME = "TABLE_NAME";

    public static AwsSettings fromEnvironment() {
        return from(System.getenv());
    }

    static AwsSettings from(Map<String, String> env) {
        URI common = uri(env.get("AWS_ENDPOINT_URL"));
        return new AwsSettings(
                orElse(uri(env.get("AWS_ENDPOINT_URL_S3")), common),
                orElse(uri(env.get("AWS_ENDPOINT_URL_DYNAMODB")), common),
                orElse(uri(env.get("AWS_ENDPOINT_URL_SQS")), common),
                orElse(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION")),
                env.get(TABLE_NAME));
    }

    /** Every service at one local endpoint, as with moto_server. */
    public static AwsSettings local(URI endpoint, String region, String tableName) {
        return new AwsSettings(endpoint, endpoint, endpoint, region, tableName);
    }

    /** Any endpoint points at a local server rather than AWS. */
    public boolean localServer() {
        return isLocal(s3Endpoint) || isLocal(dynamoDbEndpoint) || isLocal(sqsEndpoint);
    }

    private static boolean isLocal(URI endpoint) {
        if (endpoint == null || endpoint.getHost() == null) {
            return false;
        }
        String host = endpoint.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")
                || host.equals("host.docker.internal") || host.endsWith(".localhost");
    }

    public AwsSettings withTableName(String name) {
        return new AwsSettings(s3Endpoint, dynamoDbEndpoint, sqsEndpoint, region, name);
    }

    private static URI uri(String value) {
        return value == null || value.isBlank() ? null : URI.create(value.strip());
    }

    private static <T> T orElse(T a, T b) {
        return a != null ? a : b;
    }
}
