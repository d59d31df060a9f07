package com.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precis.cli.LocalTrigger;
import com.precis.cli.MotoServer;
import com.precis.document.Actor;
import com.precis.document.ActorType;
import com.precis.document.ArticleDocument;
import com.precis.document.Quote;
import com.precis.document.QuoteKind;
import com.precis.document.Source;
import com.precis.document.Speaker;
import com.precis.document.Stats;
import com.precis.document.Status;
import com.precis.index.IndexEntry;
import com.precis.index.IndexRow;
import com.precis.index.NameKey;
import com.precis.ingest.Claim;
import com.precis.ingest.ObjectRef;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The index against DynamoDB's wire protocol (a moto_server of its own): what it holds after a
 * create, an overwrite and a delete; an article of 300 quotes; and the interleavings the claim
 * protocol must survive while an index is written in several transactions (a newer version, a
 * removal, a failure between two of them). Events are driven through the store's own claim /
 * complete / markDeleted, in the order each test names, so a moto race cannot pass for ours.
 * Each test has its own table: moto copies a whole table for every transaction.
 */
class ArticleIndexIT {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    static final Instant LEASE = NOW.plusSeconds(600);

    static MotoServer moto;
    static DynamoDbClient dynamo;
    String table;
    DynamoArticleStore store;
    IndexQuery index;

    @BeforeAll
    static void start() throws IOException {
        moto = MotoServer.start();
        dynamo = new AwsClients(AwsSettings.local(moto.endpoint(), "us-east-1", "unused")).dynamoDb();
    }

    @BeforeEach
    void table(TestInfo test) {
        table = "index-" + test.getTestMethod().orElseThrow().getName();
        LocalTrigger.createTable(dynamo, table);
        store = new DynamoArticleStore(dynamo, table);
        index = new IndexQuery(dynamo, table);
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    // --- made-up articles ---

    static ArticleDocument article(String key, String speaker, String alias, int quotes, String... actors) {
        List<Actor> list = new ArrayList<>();
        list.add(new Actor("a1", speaker, ActorType.PERSON, List.of("trade secretary"), alias == null ? List.of() : List.of(alias), quotes, 0.9));
        for (int i = 0; i < actors.length; i++) {
            list.add(new Actor("a" + (i + 2), actors[i], ActorType.ORGANIZATION, List.of(), List.of(), 1, 0.2));
        }
        List<Quote> quoteList = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            quoteList.add(new Quote(speaker + " remark number " + i, new Speaker(speaker, "a1"), "said",
                    QuoteKind.DIRECT, false, i, i == 0));
        }
        return new ArticleDocument(ObjectRef.of("bucket", key).articleId(),
                new Source("bucket", key, null, null, 100L, "text/plain", null, null), "About " + speaker,
                null, List.of(), "2026-02-01T08:00", "en", List.of("One sentence."), quoteList, list, "Body.",
                new Stats(100, 5, 1, 0, 1), "test", NOW.toString(), Status.OK, null, List.of());
    }

    static String order(int n) {
        return String.format("0%020d", n);
    }

    void write(ArticleDocument doc, int order) {
        ObjectRef ref = ObjectRef.of("bucket", doc.source().key());
        Claim claim = store.claim(ref, order(order), NOW, LEASE);
        assertThat(claim.granted()).as("claim for order %d", order).isTrue();
        assertThat(store.complete(doc, order(order), claim.token())).isTrue();
    }

    /** The index items of an article in the table (read from the table itself, consistently). */
    List<Map<String, AttributeValue>> indexItems(String articleId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = dynamo.scan(r -> r.tableName(table).consistentRead(true).filterExpression("#of = :id")
                    .expressionAttributeNames(Map.of("#of", IndexSchema.OF))
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(articleId))).exclusiveStartKey(from));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    List<IndexRow> all(IndexEntry.Kind kind, String name) {
        List<IndexRow> rows = new ArrayList<>();
        Map<String, AttributeValue> next = null;
        do {
            IndexQuery.Page page = index.page(kind, NameKey.of(name), null, null, 100, next);
            rows.addAll(page.rows());
            next = page.next();
        } while (next != null);
        return rows;
    }

    int mark(String articleId) {
        AttributeValue mark = store.get(articleId).orElseThrow().get(IndexSchema.SLOTS);
        return mark == null ? 0 : Integer.parseInt(mark.n());
    }

    // --- tests ---

    @Test
    void theIndexFollowsTheArticleThroughCreateOverwriteAndDelete() {
        ArticleDocument first = article("incoming/life/a.txt", "Marta Ilves", "Ilves", 2, "Tallow Grain Company");
        write(first, 1);
        String id = first.articleId();
        assertThat(all(IndexEntry.Kind.QUOTE, "Ilves")).extracting(IndexRow::quote)
                .containsExactly("Marta Ilves remark number 0", "Marta Ilves remark number 1");
        assertThat(all(IndexEntry.Kind.QUOTE, "Trade Secretary Marta Ilves")).hasSize(2);
        assertThat(all(IndexEntry.Kind.ACTOR, "tallow grain company")).extracting(IndexRow::articleId).containsExactly(id);
        assertThat(indexItems(id)).hasSize(IndexItems.of(first, order(1)).size());

        // overwritten by a version quoting someone else: nothing of the first version stays
        ArticleDocument second = article("incoming/life/a.txt", "Kasper Rand", "Rand", 1, "Quay Authority");
        write(second, 2);
        assertThat(all(IndexEntry.Kind.QUOTE, "Ilves")).isEmpty();
        assertThat(all(IndexEntry.Kind.ACTOR, "Tallow Grain Company")).isEmpty();
        assertThat(all(IndexEntry.Kind.QUOTE, "Kasper Rand")).extracting(IndexRow::quote).containsExactly("Kasper Rand remark number 0");
        assertThat(indexItems(id)).hasSize(IndexItems.of(second, order(2)).size())
                .allMatch(item -> item.get("ver").s().equals(order(2)));
        assertThat(mark(id)).isEqualTo(IndexItems.of(second, order(2)).size());

        // the object removed: the summary is kept, marked; its index items go
        assertThat(store.markDeleted(ObjectRef.of("bucket", "incoming/life/a.txt"), order(3), NOW, false)).isTrue();
        assertThat(indexItems(id)).isEmpty();
        assertThat(all(IndexEntry.Kind.QUOTE, "Kasper Rand")).isEmpty();
        assertThat(store.get(id).orElseThrow().get("status").s()).isEqualTo("DELETED");
        assertThat(mark(id)).isZero();
    }

    @Test
    void everyOneOf300QuotesIsIndexedAndAShorterVersionLeavesNoneBehind() {
        // a speaker of one name, so one entry per quote: 300 quotes and 2 actors, 302 slots, 4 transactions
        ArticleDocument big = article("incoming/big/speech.txt", "Ottilie", null, 300, "Dock Union");
        write(big, 1);
        int entries = IndexItems.of(big, order(1)).size();
        assertThat(entries).isEqualTo(302);
        assertThat(indexItems(big.articleId())).hasSize(entries);
        List<IndexRow> quotes = all(IndexEntry.Kind.QUOTE, "Ottilie");
        assertThat(quotes).hasSize(300);
        assertThat(quotes.stream().map(IndexRow::quote).distinct().count()).isEqualTo(300);
        assertThat(quotes.get(0).quote()).isEqualTo("Ottilie remark number 0"); // article order within the article
        assertThat(mark(big.articleId())).isEqualTo(entries);

        ArticleDocument small = article("incoming/big/speech.txt", "Ottilie", null, 3);
        write(small, 2);
        assertThat(indexItems(big.articleId())).hasSize(IndexItems.of(small, order(2)).size());
        assertThat(all(IndexEntry.Kind.QUOTE, "Ottilie")).hasSize(3);
        assertThat(all(IndexEntry.Kind.ACTOR, "Dock Union")).isEmpty();
    }

    @Test
    void aWorkerThatLosesTheArticleMidWayWritesNothingMoreAndTheWinnerClearsItsSlots() {
        ArticleDocument older = article("incoming/race/a.txt", "Ines", null, 150, "Pier Trust");
        ArticleDocument newer = article("incoming/race/a.txt", "Bruno Keel", "Keel", 2);
        ObjectRef ref = ObjectRef.of("bucket", "incoming/race/a.txt");
        AtomicBoolean once = new AtomicBoolean();
        // between the first and second transaction of the older version's write, the newer one is handled
        DynamoArticleStore slow = new DynamoArticleStore(dynamo, table, new ArticleIndexWriter(dynamo, table, () -> {
            if (once.compareAndSet(false, true)) {
                write(newer, 2);
            }
        }));
        Claim claim = slow.claim(ref, order(1), NOW, LEASE);
        assertThat(slow.complete(older, order(1), claim.token())).as("older version written").isFalse();
        assertThat(once).isTrue();
        assertThat(indexItems(older.articleId())).hasSize(IndexItems.of(newer, order(2)).size())
                .allMatch(item -> item.get("ver").s().equals(order(2)));
        assertThat(all(IndexEntry.Kind.QUOTE, "Ines")).isEmpty();
        assertThat(all(IndexEntry.Kind.ACTOR, "Pier Trust")).isEmpty();
        assertThat(store.get(older.articleId()).orElseThrow().get("title").s()).isEqualTo("About Bruno Keel");
    }

    @Test
    void aRemovalWhileAnIndexIsWrittenInPartsLeavesNoIndex() {
        ArticleDocument doc = article("incoming/race/removed.txt", "Ines", null, 150);
        ObjectRef ref = ObjectRef.of("bucket", "incoming/race/removed.txt");
        AtomicBoolean once = new AtomicBoolean();
        DynamoArticleStore slow = new DynamoArticleStore(dynamo, table, new ArticleIndexWriter(dynamo, table, () -> {
            if (once.compareAndSet(false, true)) {
                assertThat(store.markDeleted(ref, order(2), NOW, false)).isTrue();
            }
        }));
        Claim claim = slow.claim(ref, order(1), NOW, LEASE);
        assertThat(slow.complete(doc, order(1), claim.token())).isFalse();
        assertThat(indexItems(doc.articleId())).isEmpty();
        assertThat(store.get(doc.articleId()).orElseThrow().get("status").s()).isEqualTo("DELETED");
        // the same removal delivered again finds nothing left to do
        assertThat(store.markDeleted(ref, order(2), NOW, false)).isFalse();
        assertThat(indexItems(doc.articleId())).isEmpty();
    }

    @Test
    void aWriteInPartsThatFailsKeepsItsMarkSoTheNextVersionClearsWhatItLeft() {
        ArticleDocument doc = article("incoming/fail/a.txt", "Ines", null, 150);
        ObjectRef ref = ObjectRef.of("bucket", "incoming/fail/a.txt");
        DynamoArticleStore failing = new DynamoArticleStore(dynamo, table, new ArticleIndexWriter(dynamo, table, () -> {
            throw new IllegalStateException("connection lost");
        }));
        Claim claim = failing.claim(ref, order(1), NOW, LEASE);
        assertThatThrownBy(() -> failing.complete(doc, order(1), claim.token())).hasMessageContaining("connection lost");
        failing.release(ref, claim.token()); // as ArticleProcessor does before the event is retried
        assertThat(indexItems(doc.articleId())).isNotEmpty(); // the first transaction's slots
        assertThat(mark(doc.articleId())).isEqualTo(IndexItems.of(doc, order(1)).size());

        // before the retry, a new upload of the key with a short article is handled
        ArticleDocument next = article("incoming/fail/a.txt", "Bruno Keel", "Keel", 1);
        write(next, 2);
        assertThat(indexItems(doc.articleId())).hasSize(IndexItems.of(next, order(2)).size());
        assertThat(all(IndexEntry.Kind.QUOTE, "Ines")).isEmpty();
    }

    @Test
    void aFailedVersionAfterAnIndexedOneEmptiesTheIndex() {
        ArticleDocument ok = article("incoming/failed/a.txt", "Marta Ilves", "Ilves", 1);
        write(ok, 1);
        ArticleDocument failed = ArticleDocument.failed(ok.articleId(), ok.source(), "EMPTY: the object is empty",
                Stats.ofInput(0, 0), "test", NOW.toString());
        write(failed, 2);
        assertThat(indexItems(ok.articleId())).isEmpty();
        assertThat(mark(ok.articleId())).isZero();
    }
}
