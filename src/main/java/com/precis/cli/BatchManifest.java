package com.precis.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;

/**
 * The manifest an S3 Batch Operations job runs over: where it is (with the ETag the job checks),
 * its format, and how many objects it names when we wrote it. Either a CSV written here from
 * ListObjectsV2 ({@code bucket,key}, keys URL-encoded as the format requires), or one given with
 * {@code --manifest}: a CSV (two columns, or three with version ids) or an S3 Inventory
 * {@code manifest.json}.
 */
record BatchManifest(S3Location location, String etag, JobManifestFormat format, List<JobManifestFieldName> fields,
                     long objects) {

    /** A key as manifests and Batch Operations tasks carry it: URL-encoded, a space as %20. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Lists the objects under {@code source} into a CSV manifest uploaded to {@code target}. */
    static BatchManifest write(S3Client s3, S3Location source, S3Location target) throws IOException {
        Path csv = Files.createTempFile("precis-manifest-", ".csv");
        long objects = 0;
        try {
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(source.bucket()).prefix(source.prefix()))
                        .contents()) {
                    if (object.key().endsWith("/") && object.size() != null && object.size() == 0) {
                        continue;
                    }
                    out.write(source.bucket() + "," + encodeKey(object.key()) + "\n");
                    objects++;
                }
            }
            if (objects == 0) {
                throw new CommandFailure("no objects under " + source + ": nothing to backfill");
            }
            PutObjectResponse put = s3.putObject(r -> r.bucket(target.bucket()).key(target.prefix()).contentType("text/csv"),
                    RequestBody.fromFile(csv));
            return new BatchManifest(target, unquote(put.eTag()), JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820,
                    List.of(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY), objects);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** A manifest that is already in S3: its ETag, and its format from its name and first line. */
    static BatchManifest existing(S3Client s3, S3Location manifest) {
        HeadObjectResponse head = s3.headObject(r -> r.bucket(manifest.bucket()).key(manifest.prefix()));
        if (manifest.prefix().endsWith("manifest.json")) {
            return new BatchManifest(manifest, unquote(head.eTag()), JobManifestFormat.S3_INVENTORY_REPORT_CSV_20161130,
                    List.of(), -1);
        }
        String firstLine = s3.getObjectAsBytes(r -> r.bucket(manifest.bucket()).key(manifest.prefix()).range("bytes=0-4095"))
                .asUtf8String().lines().findFirst().orElse("");
        int columns = firstLine.isBlank() ? 0 : firstLine.split(",", -1).length;
        if (columns != 2 && columns != 3) {
            throw new CommandFailure(manifest + " is not a Batch Operations CSV manifest (bucket,key[,versionId] per line)"
                    + " nor an S3 Inventory manifest.json");
        }
        List<JobManifestFieldName> fields = columns == 3
                ? List.of(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY, JobManifestFieldName.VERSION_ID)
                : List.of(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY);
        return new BatchManifest(manifest, unquote(head.eTag()), JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820,
                fields, -1);
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}
