package com.precis.cli;

import com.precis.store.AwsSettings;
import java.net.URI;

/**
 * Which summary table a reading command uses, with the same settings as the other commands: the
 * standard AWS ones (region, credentials, {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code TABLE_NAME}),
 * {@code --endpoint URL} for a local server, {@code --table NAME}. With --endpoint and no table
 * named, the table {@code local} creates.
 */
final class TableOptions {

    private TableOptions() {
    }

    static AwsSettings settings(CommandOptions options) {
        AwsSettings settings = AwsSettings.fromEnvironment();
        String endpoint = options.value("--endpoint");
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint.strip());
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                throw new CommandOptions.UsageException("--endpoint needs a URL such as http://127.0.0.1:5000, not '"
                        + CommandOptions.shorten(endpoint) + "'");
            }
            String table = settings.tableName() != null ? settings.tableName() : LocalCommand.TABLE;
            settings = AwsSettings.local(uri, settings.region() != null ? settings.region() : "us-east-1", table);
        }
        if (options.value("--table") != null) {
            settings = settings.withTableName(options.value("--table").strip());
        }
        if (settings.tableName() == null || settings.tableName().isBlank()) {
            throw new CommandOptions.UsageException("name the summary table: --table NAME, or set TABLE_NAME");
        }
        return settings;
    }
}
