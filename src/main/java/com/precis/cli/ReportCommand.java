package com.precis.cli;

import com.precis.document.ArticleDocument;
import com.precis.index.DateKey;
import com.precis.report.DocumentFolder;
import com.precis.report.HtmlReport;
import com.precis.report.ReportData;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.SummaryScan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code report [--from DIR | --table NAME [--endpoint URL]] [--out FILE] [--since DATE] [--until DATE]}:
 * one self-contained HTML page over stored summaries: the most-quoted speakers, the most-mentioned
 * actors by type, who talks about whom, and each article with its summary and quotes.
 */
final class ReportCommand {

    static final String USAGE = """
            usage: precis report [--from DIR | [--table NAME] [--endpoint URL]] [--out FILE]
                                 [--since DATE] [--until DATE] [--title TEXT] [--max-articles N]
              --from DIR         the documents `summarize --out DIR` wrote
              --table NAME       the summary table (default: $TABLE_NAME; with --endpoint, the table `local` creates)
              --endpoint URL     DynamoDB at URL (moto, LocalStack, DynamoDB Local) instead of AWS
              --out FILE         write the page to FILE (never over an existing file); default: standard output
              --since, --until   only articles dated in that range: 2025-08-21, 2025-08-21T18:30, or a time ago: 7d
              --title TEXT       the page's heading (default "Precis report")
              --max-articles N   list at most the N newest articles in full (default 300); the counts cover all
            The page has no script and fetches nothing: CSS and charts are inline.""";

    private static final Set<String> VALUED = Set.of("--from", "--table", "--endpoint", "--out", "--since", "--until",
            "--title", "--max-articles");
    private ReportCommand() {
    }

    static int run(String[] args) {
        return run(args, System.out, System.err, settings -> new AwsClients(settings).dynamoDb(), Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Function<AwsSettings, DynamoDbClient> clients,
                   Clock clock) {
        return CommandRun.run("report", USAGE, args, VALUED, Set.of(), out, err, options -> {
            if (!options.positional().isEmpty()) {
                throw new CommandOptions.UsageException("unexpected argument '"
                        + CommandOptions.shorten(options.positional().get(0)) + "'");
            }
            CommandOptions.Dates dates = options.dates(clock);
            int maxArticles = options.integer("--max-articles", 300, 1, 1_000_000);
            Path outFile = options.value("--out") == null ? null : Path.of(options.value("--out"));
            if (outFile != null && Files.exists(outFile)) {
                throw new IOException(outFile + " exists: choose another name or remove it first");
            }
            List<ArticleDocument> documents;
            String source;
            if (options.value("--from") != null) {
                if (options.value("--table") != null || options.value("--endpoint") != null) {
                    throw new CommandOptions.UsageException("give --from DIR or a table (--table, --endpoint), not both");
                }
                Path dir = Path.of(options.value("--from"));
                documents = DocumentFolder.read(dir, err);
                source = "folder " + dir;
            } else {
                AwsSettings settings = TableOptions.settings(options);
                try (DynamoDbClient dynamo = clients.apply(settings)) {
                    documents = SummaryScan.all(dynamo, settings.tableName());
                }
                source = "table " + settings.tableName();
            }
            List<ArticleDocument> inRange = documents.stream()
                    .filter(d -> dates.contain(DateKey.of(d.publishedAt(), d.processedAt()).key())).toList();
            ReportData data = ReportData.of(inRange);
            String title = options.value("--title") != null ? options.value("--title") : "Precis report";
            String page = HtmlReport.render(data, title, "From the " + source + "; made by Precis on "
                    + clock.instant().truncatedTo(ChronoUnit.SECONDS) + ".", maxArticles);
            if (outFile == null) {
                out.print(page);
            } else {
                write(outFile, page);
                err.println("wrote " + outFile + ": " + data.articles().size() + " articles, " + data.quotes() + " quotes");
            }
            return 0;
        });
    }

    /** Written beside the target then moved into place, so a failed run leaves no half page; never over a file. */
    private static void write(Path target, String page) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".precis-report-", ".tmp");
        try {
            Files.writeString(temp, page, StandardCharsets.UTF_8);
            Files.move(temp, target); // without REPLACE_EXISTING: refuses a file that appeared meanwhile
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " exists: choose another name or remove it first");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
