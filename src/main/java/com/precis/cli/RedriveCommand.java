package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.precis.ingest.ObjectLookup;
import com.precis.lambda.LambdaWiring;
import com.precis.lambda.RetryableEventException;
import com.precis.lambda.S3EventHandler;
import com.precis.log.JsonLog;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@code redrive [--queue URL] [--dry-run]}: replays the dead-letter queue. Each message is the
 * on-failure record of an S3 event that failed all of Lambda's tries; its event is run through
 * the trigger's handler again (records whose object is gone are left out: there is nothing left to
 * summarise, and the removal was or will be handled), and the message is deleted only after that
 * succeeded. What still fails stays in the queue. {@code --dry-run} lists the messages and touches
 * nothing.
 */
final class RedriveCommand {

    static final Usage USAGE = new Usage("redrive [--queue URL] [--dry-run] [--endpoint URL] [--table NAME]",
            "Re-processes the S3 events in the dead-letter queue (Lambda's on-failure records): each object still\n"
                    + "present goes through the trigger's handler again, and a message is deleted only once its event\n"
                    + "succeeded. What still fails stays in the queue. Needs AWS_REGION and TABLE_NAME (or --endpoint,\n"
                    + "--table). The queue is the stack's DeadLetterQueueUrl output.",
            List.of(Usage.option("--queue", "URL", "the dead-letter queue (default: $PRECIS_DLQ_URL)"),
                    Usage.flag("--dry-run", "list the messages and what they name; process and delete nothing"),
                    ServiceOptions.ENDPOINT, ServiceOptions.TABLE));

    /** Long enough to summarise a message's event before another reader could see it again. */
    static final int VISIBILITY_SECONDS = 300;

    private RedriveCommand() {
    }

    static int run(String[] argv) {
        Args args = Args.parse(argv, USAGE);
        if (!args.positionals().isEmpty()) {
            throw args.error("unexpected argument '" + args.positionals().get(0) + "'");
        }
        String queue = args.value("--queue", System.getenv("PRECIS_DLQ_URL"));
        if (queue == null || queue.isBlank()) {
            throw args.error("no queue: pass --queue URL (the stack's DeadLetterQueueUrl output) or set PRECIS_DLQ_URL");
        }
        boolean dryRun = args.flag("--dry-run");
        AwsSettings settings = ServiceOptions.resolve(args, !dryRun, null);
        JsonLog.redirect(System.err);
        AwsClients clients = new AwsClients(settings);
        LambdaWiring.Wiring wiring = dryRun ? null : LambdaWiring.wire(settings,
                LambdaWiring.maxObjectBytes(System.getenv(LambdaWiring.MAX_OBJECT_BYTES)));
        ObjectLookup objects = wiring != null ? wiring.objects() : new com.precis.store.S3ObjectLookup(clients.s3());
        S3EventHandler handler = wiring == null ? null : new S3EventHandler(wiring.processor());
        return new Redrive(clients.sqs(), queue, objects, handler).run();
    }

    /** One pass over the queue. */
    static final class Redrive {

        private final SqsClient sqs;
        private final String queue;
        private final ObjectLookup objects;
        private final S3EventHandler handler;
        private int redriven;
        private int gone;
        private int stillFailing;
        private int unreadable;

        /** {@code handler} null: a dry run. */
        Redrive(SqsClient sqs, String queue, ObjectLookup objects, S3EventHandler handler) {
            this.sqs = sqs;
            this.queue = queue;
            this.objects = objects;
            this.handler = handler;
        }

        int run() {
            boolean dryRun = handler == null;
            Set<String> seen = new HashSet<>();
            while (true) {
                // A dry run hides nothing for long: messages come back, and are recognised, at once.
                List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10)
                        .waitTimeSeconds(1).visibilityTimeout(dryRun ? 1 : VISIBILITY_SECONDS)).messages();
                List<Message> fresh = messages.stream().filter(m -> seen.add(m.messageId())).toList();
                if (fresh.isEmpty()) {
                    break;
                }
                for (Message message : fresh) {
                    handle(message, dryRun);
                }
            }
            int total = redriven + gone + stillFailing + unreadable;
            System.err.printf(Locale.ROOT, "redrive: %d message%s%s: %d re-processed%s, %d with every object gone%s,"
                            + " %d still failing (left in the queue), %d unreadable (left in the queue)%n",
                    total, total == 1 ? "" : "s", dryRun ? " (dry run: nothing processed or deleted)" : "",
                    redriven, dryRun ? " would be" : " and deleted", gone, dryRun ? "" : " (deleted)", stillFailing,
                    unreadable);
            return stillFailing + unreadable == 0 ? 0 : 1;
        }

        private void handle(Message message, boolean dryRun) {
            InvocationRecord record = InvocationRecord.parse(message.body());
            if (record == null) {
                unreadable++;
                System.err.println(message.messageId() + "\tunreadable: not a Lambda on-failure record with an S3 event"
                        + " (requestPayload); left in the queue");
                return;
            }
            List<S3EventNotificationRecord> present = new ArrayList<>();
            StringBuilder listing = new StringBuilder();
            for (S3EventNotificationRecord r : record.event().getRecords()) {
                boolean keep = !isCreate(r) || exists(r);
                if (keep) {
                    present.add(r);
                }
                listing.append("\t").append(r.getEventName()).append(' ').append(articleId(r)).append(keep ? "" : " (gone)");
            }
            System.err.println(message.messageId() + "\t" + record.condition() + " after " + record.invokeCount()
                    + " tries" + (record.errorType() != null ? " (" + record.errorType() + ")" : "") + listing);
            if (present.isEmpty()) {
                gone++;
                if (!dryRun) {
                    delete(message);
                }
                return;
            }
            if (dryRun) {
                redriven++;
                return;
            }
            try {
                handler.handleRequest(new S3Event(present), new LocalContext(60));
                delete(message);
                redriven++;
            } catch (RetryableEventException e) {
                stillFailing++;
                System.err.println(message.messageId() + "\tstill failing, left in the queue: " + e.getMessage());
            }
        }

        private boolean exists(S3EventNotificationRecord r) {
            var object = r.getS3().getObject();
            String version = object.getVersionId() == null || object.getVersionId().isBlank() ? null : object.getVersionId();
            return objects.find(r.getS3().getBucket().getName(), object.getUrlDecodedKey(), version).isPresent();
        }

        private void delete(Message message) {
            sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(message.receiptHandle()));
        }

        private static boolean isCreate(S3EventNotificationRecord r) {
            return r.getEventName() != null && r.getEventName().startsWith("ObjectCreated")
                    && r.getS3() != null && r.getS3().getBucket() != null && r.getS3().getObject() != null;
        }

        private static String articleId(S3EventNotificationRecord r) {
            if (r.getS3() == null || r.getS3().getBucket() == null || r.getS3().getObject() == null) {
                return "(no object)";
            }
            return "s3://" + r.getS3().getBucket().getName() + "/" + r.getS3().getObject().getUrlDecodedKey();
        }
    }
}
