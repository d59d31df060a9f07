package com.precis.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Turns whatever a command threw into the one line a user reads on stderr: what went wrong and
 * what to do. Known causes (missing files, settings, credentials, servers) get a plain sentence;
 * anything else gets its type and message and a pointer to {@code PRECIS_DEBUG=1}.
 */
final class Failures {

    static final String DEBUG_HINT = "(PRECIS_DEBUG=1 shows the stack trace)";

    private Failures() {
    }

    static String describe(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof CommandFailure) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            String service = aws.awsErrorDetails() == null ? "AWS" : aws.awsErrorDetails().serviceName();
            return service + " refused the request: " + (code != null ? code + ": " : "")
                    + firstLine(aws.awsErrorDetails() == null ? aws.getMessage() : aws.awsErrorDetails().errorMessage())
                    + hintFor(code);
        }
        if (e instanceof SdkClientException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Unable to load region")) {
                return "no AWS region is set: export AWS_REGION=<your region>, or pass --endpoint URL for a local server";
            }
            if (message.contains("Unable to load credentials")) {
                return "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                        + " or pass --endpoint URL for a local server";
            }
            if (hasCause(e, ConnectException.class)) {
                return "cannot connect to the service (connection refused): start the server the endpoint names,"
                        + " or fix --endpoint / AWS_ENDPOINT_URL";
            }
            if (hasCause(e, UnknownHostException.class)) {
                return "cannot resolve the service's host name: check the endpoint and the network";
            }
            return "the AWS SDK could not complete a request: " + firstLine(message) + " " + DEBUG_HINT;
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: run java with a larger heap, e.g. java -Xmx2g -jar precis.jar ...";
        }
        return e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage())) + " " + DEBUG_HINT;
    }

    private static String hintFor(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "NoSuchBucket" -> " (check the bucket name and the region)";
            case "ResourceNotFoundException" -> " (check the table name, TABLE_NAME or --table, and the region)";
            case "AccessDenied", "AccessDeniedException" -> " (the credentials in use lack the permission)";
            case "AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist" -> " (check the queue URL)";
            default -> "";
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
