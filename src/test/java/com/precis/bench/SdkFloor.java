package com.precis.bench;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK floor of a cold start: what any Java function that reads S3 and writes DynamoDB pays
 * before doing anything of its own. Builds an S3Client and a DynamoDbClient (url-connection
 * client) and does one GetItem. Run in a fresh JVM by bench/run.sh, against the same moto_server
 * as {@link HandlerColdStart}.
 *
 * <p>{@code java -cp CP com.precis.bench.SdkFloor ENDPOINT TABLE KEY}
 */
public final class SdkFloor {

    private SdkFloor() {
    }

    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        var http = UrlConnectionHttpClient.create();
        S3Client s3 = S3Client.builder().httpClient(http).region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(endpoint).forcePathStyle(true).build();
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(endpoint).build();
        var item = dynamo.getItem(r -> r.tableName(args[1]).key(Map.of("articleId", AttributeValue.fromS(args[2]))));
        if (s3 == null || !item.hasItem()) {
            System.err.println("no item " + args[2] + " in " + args[1]);
            System.exit(1);
        }
    }
}
