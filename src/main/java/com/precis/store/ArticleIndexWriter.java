package com.precis.store;

import com.precis.document.Status;
import com.precis.log.JsonLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Writes an article's index items in the same conditional flow as its summary, so the index
 * never keeps what the summary no longer says. Index items sit in numbered slots
 * ({@code idx#000000#<articleId>}, …); the summary item's {@code _index} is a high-water mark: no
 * slot at or above it holds an item. Every write to a slot is part of a transaction whose first
 * action is conditioned on the article's claim (a summary write) or, after a removal, on the
 * summary still being that removal; a worker that lost the article can therefore never write a
 * slot again. The argument in full is in RELIABILITY.md ("The index").
 *
 * <ul>
 *   <li>Up to 99 slot writes: one TransactWriteItems puts the summary and every new slot, and deletes
 *       the slots the previous version used beyond the new count.</li>
 *   <li>More (an article with hundreds of quotes): first the mark is raised to cover both versions,
 *       then slots are written 99 at a time, each transaction re-checking the claim, and the summary
 *       comes last, with the mark lowered to the new count.</li>
 * </ul>
 */
public final class ArticleIndexWriter {

    private static final JsonLog LOG = JsonLog.of(ArticleIndexWriter.class);

    /** DynamoDB's limit on actions in one transaction. */
    static final int MAX_ACTIONS = 100;
    /** Below DynamoDB's 4 MB per transaction, with room for the summary (at most 400 KB). */
    static final long MAX_TRANSACTION_BYTES = 3L * 1024 * 1024;
    private static final int ATTEMPTS = 4;
    /** Cancellation reasons that pass: another transaction on the same items, throttling. */
    private static final Set<String> PASSING = Set.of("None", "TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    private static final Map<String, String> NAMES = Map.of("#claim", DynamoArticleStore.CLAIM, "#token", "token",
            "#index", IndexSchema.SLOTS, "#status", "status", "#order", DynamoArticleStore.ORDER);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Runnable betweenTransactions;

    public ArticleIndexWriter(DynamoDbClient dynamo, String table) {
        this(dynamo, table, () -> { });
    }

    /** {@code betweenTransactions} runs between the transactions of a write in several parts (for tests). */
    ArticleIndexWriter(DynamoDbClient dynamo, String table, Runnable betweenTransactions) {
        this.dynamo = dynamo;
        this.table = table;
        this.betweenTransactions = betweenTransactions;
    }

    /**
     * Writes the summary item and replaces the article's index items with {@code entries}, as long
     * as {@code token} is still the article's claim; false when a newer event took the article
     * over (nothing more is written then, and what was written is covered by the mark).
     */
    public boolean commit(Map<String, AttributeValue> summary, List<Map<String, AttributeValue>> entries, String token) {
        String articleId = summary.get(DynamoArticleStore.KEY).s();
        State state = read(articleId);
        if (state.exists() && !token.equals(state.claimToken())) {
            return false; // superseded before the write: spare the transaction
        }
        Map<String, AttributeValue> item = new HashMap<>(summary);
        item.put(IndexSchema.SLOTS, number(entries.size()));
        List<Slot> slots = slots(articleId, entries, state.slots());
        Guard claim = new Guard("#claim.#token = :token", Map.of(":token", AttributeValue.fromS(token)),
                List.of("#claim", "#token"));
        if (slots.isEmpty()) {
            return put(item, claim);
        }
        List<List<Slot>> batches = batches(slots, ItemSize.of(item));
        if (batches.size() > 1 && entries.size() > state.slots() && !raise(articleId, entries.size(), claim)) {
            return false;
        }
        for (int b = 0; b < batches.size(); b++) {
            boolean last = b == batches.size() - 1;
            TransactWriteItem first = last ? putAction(item, claim) : check(articleId, claim);
            if (!transact(first, batches.get(b))) {
                return false;
            }
            if (!last) {
                betweenTransactions.run();
            }
        }
        LOG.debug("index written", "articleId", articleId, "entries", entries.size(), "previous", state.slots(),
                "transactions", batches.size());
        return true;
    }

    /**
     * After a removal marked the summary deleted: deletes its index items, unless a newer version
     * of the article has been claimed or written meanwhile (that one then replaces every slot).
     * Also finishes a clean-up that an earlier delivery of the removal began and could not end.
     */
    public void dropDeleted(String articleId) {
        State state = read(articleId);
        if (!state.exists() || !Status.DELETED.name().equals(state.status()) || state.claimToken() != null
                || state.slots() == 0) {
            return;
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":deleted", AttributeValue.fromS(Status.DELETED.name()));
        values.put(":n", number(state.slots()));
        String order = state.order() == null ? "attribute_not_exists(#order)" : "#order = :order";
        if (state.order() != null) {
            values.put(":order", AttributeValue.fromS(state.order()));
        }
        Guard removal = new Guard("#status = :deleted AND " + order + " AND attribute_not_exists(#claim) AND #index = :n",
                values, List.of("#status", "#order", "#claim", "#index"));
        List<Slot> slots = slots(articleId, List.of(), state.slots());
        List<List<Slot>> batches = batches(slots, 0);
        for (int b = 0; b < batches.size(); b++) {
            boolean last = b == batches.size() - 1;
            TransactWriteItem first = last ? lowerMark(articleId, removal) : check(articleId, removal);
            if (!transact(first, batches.get(b))) {
                return; // a newer version took over: it owns every slot now
            }
        }
        LOG.debug("index removed", "articleId", articleId, "entries", state.slots(), "transactions", batches.size());
    }

    /** A slot to write (item) or to empty (item null). */
    record Slot(String id, Map<String, AttributeValue> item, long bytes) {
    }

    /** The new items in slots 0…n-1, then deletes of the slots the old mark still covers. */
    static List<Slot> slots(String articleId, List<Map<String, AttributeValue>> entries, int previous) {
        List<Slot> slots = new ArrayList<>();
        for (Map<String, AttributeValue> entry : entries) {
            slots.add(new Slot(entry.get(DynamoArticleStore.KEY).s(), entry, ItemSize.of(entry)));
        }
        for (int slot = entries.size(); slot < previous; slot++) {
            String id = IndexSchema.slotId(articleId, slot);
            slots.add(new Slot(id, null, ItemSize.utf8(id)));
        }
        return slots;
    }

    /**
     * The slot writes in transactions: all in one beside the summary when they fit (100 actions,
     * {@link #MAX_TRANSACTION_BYTES}), else as few as fit, each with one action left for the
     * claim's check (or, in the last, the summary).
     */
    static List<List<Slot>> batches(List<Slot> slots, long summaryBytes) {
        List<List<Slot>> batches = new ArrayList<>();
        List<Slot> current = new ArrayList<>();
        long bytes = summaryBytes;
        for (Slot slot : slots) {
            if (current.size() + 1 >= MAX_ACTIONS || bytes + slot.bytes() > MAX_TRANSACTION_BYTES) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = summaryBytes;
            }
            current.add(slot);
            bytes += slot.bytes();
        }
        batches.add(current);
        return batches;
    }

    private record Guard(String condition, Map<String, AttributeValue> values, List<String> names) {
        Map<String, String> attributeNames() {
            Map<String, String> map = new HashMap<>();
            names.forEach(n -> map.put(n, NAMES.get(n)));
            return map;
        }
    }

    private record State(boolean exists, String claimToken, int slots, String status, String order) {
    }

    private State read(String articleId) {
        GetItemResponse response = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key(articleId))
                .projectionExpression("#claim, #index, #status, #order")
                .expressionAttributeNames(Map.of("#claim", DynamoArticleStore.CLAIM, "#index", IndexSchema.SLOTS,
                        "#status", "status", "#order", DynamoArticleStore.ORDER)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return new State(false, null, 0, null, null);
        }
        Map<String, AttributeValue> item = response.item();
        AttributeValue claim = item.get(DynamoArticleStore.CLAIM);
        String token = claim != null && claim.hasM() && claim.m().containsKey("token") ? claim.m().get("token").s() : null;
        AttributeValue slots = item.get(IndexSchema.SLOTS);
        AttributeValue status = item.get("status");
        AttributeValue order = item.get(DynamoArticleStore.ORDER);
        return new State(true, token, slots == null || slots.n() == null ? 0 : Integer.parseInt(slots.n()),
                status == null ? null : status.s(), order == null ? null : order.s());
    }

    /** The summary alone, as before the index: nothing to write or empty. */
    private boolean put(Map<String, AttributeValue> item, Guard claim) {
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression(claim.condition())
                    .expressionAttributeNames(claim.attributeNames()).expressionAttributeValues(claim.values()));
            return true;
        } catch (ConditionalCheckFailedException superseded) {
            return false;
        }
    }

    /** Raises the mark before a write in several parts, so it covers every slot the parts may fill. */
    private boolean raise(String articleId, int slots, Guard claim) {
        Map<String, AttributeValue> values = new HashMap<>(claim.values());
        values.put(":slots", number(slots));
        Map<String, String> names = claim.attributeNames();
        names.put("#index", IndexSchema.SLOTS);
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(articleId)).updateExpression("SET #index = :slots")
                    .conditionExpression(claim.condition()).expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException superseded) {
            return false;
        }
    }

    private TransactWriteItem putAction(Map<String, AttributeValue> item, Guard guard) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(guard.condition())
                .expressionAttributeNames(guard.attributeNames()).expressionAttributeValues(guard.values())).build();
    }

    private TransactWriteItem check(String articleId, Guard guard) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key(articleId))
                .conditionExpression(guard.condition()).expressionAttributeNames(guard.attributeNames())
                .expressionAttributeValues(guard.values())).build();
    }

    private TransactWriteItem lowerMark(String articleId, Guard guard) {
        Map<String, AttributeValue> values = new HashMap<>(guard.values());
        values.put(":zero", number(0));
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(articleId))
                .updateExpression("SET #index = :zero").conditionExpression(guard.condition())
                .expressionAttributeNames(guard.attributeNames()).expressionAttributeValues(values)).build();
    }

    /**
     * Runs one transaction: {@code first} (the guarded action on the summary item) and the slots.
     * False when the guard failed; cancellations that pass are tried again; anything else throws,
     * so the event is retried.
     */
    private boolean transact(TransactWriteItem first, List<Slot> slots) {
        List<TransactWriteItem> actions = new ArrayList<>(slots.size() + 1);
        actions.add(first);
        for (Slot slot : slots) {
            actions.add(slot.item() != null
                    ? TransactWriteItem.builder().put(p -> p.tableName(table).item(slot.item())).build()
                    : TransactWriteItem.builder().delete(d -> d.tableName(table).key(key(slot.id()))).build());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(actions));
                return true;
            } catch (TransactionCanceledException e) {
                List<String> codes = e.hasCancellationReasons()
                        ? e.cancellationReasons().stream().map(CancellationReason::code).toList() : List.of();
                if (!codes.isEmpty() && "ConditionalCheckFailed".equals(codes.get(0))) {
                    return false;
                }
                if (attempt >= ATTEMPTS || codes.isEmpty() || !PASSING.containsAll(codes)) {
                    throw new IllegalStateException("index transaction cancelled: " + codes, e);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        long millis = (25L << attempt) + ThreadLocalRandom.current().nextLong(25);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an index transaction", e);
        }
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(DynamoArticleStore.KEY, AttributeValue.fromS(id));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
