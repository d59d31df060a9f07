package com.precis.cli;

import com.precis.store.AwsSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The options every command that talks to S3, DynamoDB or SQS shares ({@code --endpoint},
 * {@code --table}), resolved with the standard AWS settings and checked before any work starts:
 * a region, a table when one is needed, and endpoint overrides that accept connections. Each
 * problem is a {@link CommandFailure} saying what to set.
 */
final class ServiceOptions {

    static final Usage.Option ENDPOINT = Usage.option("--endpoint", "URL",
            "S3, DynamoDB and SQS at this URL (moto_server, LocalStack) instead of AWS_ENDPOINT_URL* or AWS");
    static final Usage.Option TABLE = Usage.option("--table", "NAME", "the summary table (default: $TABLE_NAME)");
    /** The region local servers are addressed with when none is set. */
    static final String LOCAL_REGION = "us-east-1";

    private ServiceOptions() {
    }

    /**
     * Settings from the environment, overridden by {@code --endpoint} and {@code --table};
     * {@code defaultLocalTable} is used with a local endpoint when no table is named (null: none).
     */
    static AwsSettings resolve(Args args, boolean needsTable, String defaultLocalTable) {
        AwsSettings settings = AwsSettings.fromEnvironment();
        String endpoint = args.value(ENDPOINT.name());
        if (endpoint != null) {
            URI uri = parseEndpoint(args, endpoint);
            settings = AwsSettings.local(uri, settings.region() != null ? settings.region() : LOCAL_REGION,
                    settings.tableName());
        } else if (settings.region() == null && settings.localServer()) {
            settings = new AwsSettings(settings.s3Endpoint(), settings.dynamoDbEndpoint(), settings.sqsEndpoint(),
                    LOCAL_REGION, settings.tableName());
        }
        String table = args.value(TABLE.name());
        if (table != null) {
            settings = settings.withTableName(table);
        } else if ((settings.tableName() == null || settings.tableName().isBlank()) && defaultLocalTable != null
                && settings.localServer()) {
            settings = settings.withTableName(defaultLocalTable);
        }
        if (settings.region() == null) {
            throw new CommandFailure("AWS_REGION is not set: export AWS_REGION=<the region of your bucket and table>,"
                    + " or pass --endpoint URL for a local server (moto_server, LocalStack)");
        }
        if (needsTable && (settings.tableName() == null || settings.tableName().isBlank())) {
            throw new CommandFailure("TABLE_NAME is not set: export TABLE_NAME=<the stack's SummaryTableName output>,"
                    + " or pass --table NAME");
        }
        requireReachable(settings);
        return settings;
    }

    private static URI parseEndpoint(Args args, String endpoint) {
        try {
            URI uri = URI.create(endpoint.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw args.error("--endpoint needs a URL such as http://127.0.0.1:5000, not '" + endpoint + "'");
        }
    }

    /** Endpoint overrides must accept a connection: a clear line now beats five retried requests later. */
    static void requireReachable(AwsSettings settings) {
        Set<URI> endpoints = new LinkedHashSet<>();
        for (URI uri : new URI[] {settings.s3Endpoint(), settings.dynamoDbEndpoint(), settings.sqsEndpoint()}) {
            if (uri != null) {
                endpoints.add(uri);
            }
        }
        for (URI uri : endpoints) {
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), port), 2000);
            } catch (IOException e) {
                throw new CommandFailure("cannot connect to " + uri + " (" + reason(e) + "): start the server there"
                        + " (e.g. moto_server -p " + port + ") or point --endpoint / AWS_ENDPOINT_URL at a running one", e);
            }
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return message == null ? e.getClass().getSimpleName() : message.toLowerCase(java.util.Locale.ROOT);
    }
}
