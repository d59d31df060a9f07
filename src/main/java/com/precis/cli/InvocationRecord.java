package com.precis.cli;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Lambda's on-failure destination sends for an asynchronous invocation that failed all its
 * tries: {@code {version, timestamp, requestContext: {requestId, functionArn, condition,
 * approximateInvokeCount}, requestPayload: <the event>, responseContext: {statusCode,
 * executedVersion, functionError}, responsePayload: {errorType, errorMessage...}}}. The
 * {@code requestPayload} is the S3 event exactly as it was delivered.
 *
 * @param condition why it was given up: RetriesExhausted, EventAgeExceeded...
 * @param event     the S3 event, as the Lambda runtime deserializes it; null when the record has none
 */
record InvocationRecord(String requestId, String condition, int invokeCount, String errorType, S3Event event) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a message body; null when it is not an invocation record carrying an S3 event. */
    static InvocationRecord parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode context = root.path("requestContext");
        JsonNode payload = root.path("requestPayload");
        if (!payload.isObject() || !payload.path("Records").isArray()) {
            return null;
        }
        S3Event event;
        try {
            event = LocalTrigger.parse(payload.toString());
        } catch (RuntimeException notAnS3Event) {
            return null;
        }
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
            return null;
        }
        return new InvocationRecord(text(context, "requestId"), text(context, "condition"),
                context.path("approximateInvokeCount").asInt(0), text(root.path("responsePayload"), "errorType"), event);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : null;
    }
}
