package com.precis.cli;

import com.precis.document.ArticleDocument;
import com.precis.index.DateKey;
import com.precis.report.DocumentFolder;
import com.precis.report.HtmlReport;
import com.precis.report.ReportData;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.IndexQuery;
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
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code report [--from DIR | --table NAME [--endpoint URL]] [--out FILE] [--since DATE] [--until DATE]}:
 * one self-contained HTML page over stored summaries: the most-quoted speakers, the most-mentioned
 * actors by type, who talks about whom, and each article with its summary and quotes.
 */
final class ReportCommand {

    static final Usage USAGE = new Usage(
            "report [--from DIR | [--table NAME] [--endpoint URL]] [--out FILE] [--since DATE] [--until DATE] [--title TEXT] [--max-articles N]",
            "One self-contained HTML page over stored summaries: the most-quoted speakers, the most-mentioned\n"
                    + "actors by type, who talks about whom, and each article with its summary and quotes.\n"
                    + "The page has no script and fetches nothing: CSS and charts are inline.",
            List.of(Usage.option("--from", "DIR", "the documents `summarize --out DIR` wrote"),
                    ServiceOptions.TABLE, ServiceOptions.ENDPOINT,
                    Usage.option("--out", "FILE", "write the page to FILE (never over an existing file); default: standard output"),
                    DateRange.SINCE, DateRange.UNTIL,
                    Usage.option("--title", "TEXT", "the page's heading (default \"Precis report\")"),
                    Usage.option("--max-articles", "N", "list at most the N newest articles in full (default 300); the counts cover all")));

    private ReportCommand() {
    }

    static int run(String[] args) {
        return run(args, System.out, System.err, settings -> new AwsClients(settings).dynamoDb(), Clock.systemUTC());
    }

    static int run(String[] argv, PrintStream out, PrintStream err, Function<AwsSettings, DynamoDbClient> clients,
                   Clock clock) {
        return Main.execute("report", out, err, () -> {
            Args args = Args.parse(argv, USAGE);
            args.noPositionals("");
            DateRange dates = DateRange.of(args, clock);
            int maxArticles = args.intBetween("--max-articles", 300, 1, 1_000_000);
            Path outFile = args.value("--out") == null ? null : Path.of(args.value("--out"));
            if (outFile != null && Files.exists(outFile)) {
                throw new CommandFailure(outFile + " exists: choose another name or remove it first");
            }
            List<ArticleDocument> documents;
            String source;
            if (args.value("--from") != null) {
                if (args.value("--table") != null || args.value("--endpoint") != null) {
                    throw args.error("give --from DIR or a table (--table, --endpoint), not both");
                }
                Path dir = Path.of(args.value("--from"));
                if (!Files.isDirectory(dir)) {
                    throw new CommandFailure(dir + " is not a folder (give the folder summarize --out wrote)");
                }
                documents = DocumentFolder.read(dir, err);
                source = "folder " + dir;
            } else {
                AwsSettings settings = ServiceOptions.resolve(args, true, LocalCommand.TABLE);
                try (DynamoDbClient dynamo = clients.apply(settings)) {
                    documents = SummaryScan.all(dynamo, settings.tableName());
                } catch (IndexQuery.TableMissingException e) {
                    throw new CommandFailure(e.getMessage(), e);
                }
                source = "table " + settings.tableName();
            }
            List<ArticleDocument> inRange = documents.stream()
                    .filter(d -> dates.contains(DateKey.of(d.publishedAt(), d.processedAt()).key())).toList();
            ReportData data = ReportData.of(inRange);
            String title = args.value("--title") != null ? args.value("--title") : "Precis report";
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
            throw new CommandFailure(target + " exists: choose another name or remove it first");
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
