package com.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.precis.index.IndexEntry;
import com.precis.index.IndexRow;
import com.precis.index.NameKey;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.IndexQuery;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code query (--speaker NAME | --actor NAME) [--since DATE] [--until DATE] [--limit N] [--json]
 * [--endpoint URL] [--table NAME]}: who said what, or which articles mention whom, newest first,
 * from the summary table's index: one Query per page, pages followed with LastEvaluatedKey.
 */
final class QueryCommand {

    static final Usage USAGE = new Usage(
            "query (--speaker NAME | --actor NAME) [--since DATE] [--until DATE] [--limit N] [--json] [--endpoint URL] [--table NAME]",
            "Who said what, or which articles mention whom, newest first, from the summary table's index:\n"
                    + "one Query per page. Articles are dated by their publishedAt, else by when they were processed.",
            List.of(Usage.option("--speaker", "NAME",
                            "quotes by NAME, newest first (any name the article gives: \"Lutnick\", \"Howard Lutnick\")"),
                    Usage.option("--actor", "NAME", "articles that mention NAME, newest first"),
                    DateRange.SINCE, DateRange.UNTIL,
                    Usage.option("--limit", "N", "at most N answers (default 25)"),
                    Usage.flag("--json", "one JSON object per line instead of a table"),
                    ServiceOptions.ENDPOINT, ServiceOptions.TABLE,
                    Usage.option("--page-size", "N", "items asked of DynamoDB per Query (default 100)")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCommand() {
    }

    static int run(String[] args) throws Exception {
        return run(args, System.out, System.err, settings -> new AwsClients(settings).dynamoDb(), Clock.systemUTC());
    }

    /** With the client made by {@code clients} from the settings (tests count its requests), under {@link Main#execute}. */
    static int run(String[] argv, PrintStream out, PrintStream err, Function<AwsSettings, DynamoDbClient> clients,
                   Clock clock) {
        return Main.execute("query", out, err, () -> {
            Args args = Args.parse(argv, USAGE);
            Request request = request(args, clock);
            AwsSettings settings = ServiceOptions.resolve(args, true, LocalCommand.TABLE);
            try (DynamoDbClient dynamo = clients.apply(settings)) {
                return answer(request, new IndexQuery(dynamo, settings.tableName()), args.flag("--json"), out, err);
            } catch (IndexQuery.IndexMissingException | IndexQuery.TableMissingException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        });
    }

    private record Request(IndexEntry.Kind kind, String name, String key, DateRange dates, int limit, int pageSize) {
    }

    private static Request request(Args args, Clock clock) {
        args.noPositionals(" (names go after --speaker or --actor; quote names with spaces)");
        String speaker = args.value("--speaker");
        String actor = args.value("--actor");
        if ((speaker == null) == (actor == null)) {
            throw args.error(speaker == null ? "give --speaker NAME or --actor NAME" : "give --speaker or --actor, not both");
        }
        IndexEntry.Kind kind = speaker != null ? IndexEntry.Kind.QUOTE : IndexEntry.Kind.ACTOR;
        String name = speaker != null ? speaker : actor;
        String key = NameKey.of(name);
        String option = speaker != null ? "--speaker" : "--actor";
        if (name.isBlank()) {
            throw args.error(option + " is empty: give a name");
        }
        if (key.isEmpty()) {
            throw args.error(option + " '" + Args.shorten(TextTable.printable(name)) + "' has no letters or digits to search for");
        }
        return new Request(kind, name, key, DateRange.of(args, clock), args.intBetween("--limit", 25, 1, 100_000),
                args.intBetween("--page-size", 100, 1, 1000));
    }

    private static int answer(Request request, IndexQuery index, boolean json, PrintStream out, PrintStream err) {
        List<IndexRow> rows = new ArrayList<>();
        Map<String, AttributeValue> next = null;
        do {
            int want = Math.min(request.pageSize(), request.limit() - rows.size());
            IndexQuery.Page page = index.page(request.kind(), request.key(), request.dates().from(), request.dates().until(), want, next);
            rows.addAll(page.rows());
            next = page.next();
            if (json) {
                for (IndexRow row : page.rows()) {
                    out.println(json(row));
                }
            }
        } while (next != null && rows.size() < request.limit());
        if (rows.isEmpty()) {
            err.println("no " + (request.kind() == IndexEntry.Kind.QUOTE ? "quotes by " : "articles mentioning ")
                    + "'" + Args.shorten(TextTable.printable(request.name())) + "'"
                    + (request.dates().bounded() ? " in those dates" : ""));
            return 0;
        }
        if (!json) {
            out.print(table(request.kind(), rows));
        }
        if (next != null) {
            err.println("(stopped at --limit " + request.limit() + "; there may be more)");
        }
        return 0;
    }

    private static String table(IndexEntry.Kind kind, List<IndexRow> rows) {
        boolean undated = false;
        TextTable table = kind == IndexEntry.Kind.QUOTE
                ? new TextTable(List.of("DATE", "SPEAKER", "QUOTE", "ARTICLE"), 17, 24, 0, 40)
                : new TextTable(List.of("DATE", "ACTOR", "TYPE", "MENTIONS", "ARTICLE"), 17, 30, 12, 8, 0);
        for (IndexRow row : rows) {
            boolean processed = "processedAt".equals(row.dateFrom());
            undated |= processed;
            String date = shortDate(row.date()) + (processed ? "*" : "");
            String title = row.title() != null ? row.title() : row.articleId();
            if (kind == IndexEntry.Kind.QUOTE) {
                table.add(List.of(date, row.name(), "“" + row.quote() + "”", title));
            } else {
                table.add(List.of(date, row.name(), row.type() == null ? "" : row.type().toLowerCase(java.util.Locale.ROOT),
                        row.mentions() == null ? "" : row.mentions().toString(), title));
            }
        }
        String text = table.render(terminalWidth());
        return undated ? text + "* not dated by the page: the time it was processed\n" : text;
    }

    /** "2025-08-21 20:26" from a date key. */
    private static String shortDate(String key) {
        if (key == null || key.length() < 16) {
            return key == null ? "" : key;
        }
        return key.substring(0, 10) + " " + key.substring(11, 16);
    }

    private static int terminalWidth() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 120 : Math.max(60, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    private static String json(IndexRow row) {
        ObjectNode node = JSON.createObjectNode();
        boolean quote = row.kind() == IndexEntry.Kind.QUOTE;
        node.put("kind", quote ? "quote" : "actor");
        node.put(quote ? "speaker" : "actor", row.name());
        node.put("matched", row.form());
        if (quote) {
            node.put("quote", row.quote());
            node.put("cue", row.cue());
        } else {
            node.put("mentions", row.mentions());
        }
        node.put("type", row.type());
        node.set("roles", JSON.valueToTree(row.roles()));
        node.put("title", row.title());
        node.put("date", row.date());
        node.put("dateFrom", row.dateFrom());
        node.put("publishedAt", row.publishedAt());
        node.put("processedAt", row.processedAt());
        node.put("publisher", row.publisher());
        node.put("url", row.url());
        node.put("articleId", row.articleId());
        return node.toString();
    }
}
