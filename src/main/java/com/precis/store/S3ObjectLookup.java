package com.precis.store;

import com.precis.ingest.ObjectLookup;
import com.precis.ingest.ObjectRef;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Looks objects up with HeadObject: one request, no body read. */
public final class S3ObjectLookup implements ObjectLookup {

    private final S3Client s3;

    public S3ObjectLookup(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<ObjectRef> find(String bucket, String key, String versionId) {
        HeadObjectRequest.Builder request = HeadObjectRequest.builder().bucket(bucket).key(key);
        if (versionId != null && !versionId.isBlank()) {
            request.versionId(versionId);
        }
        HeadObjectResponse head;
        try {
            head = s3.headObject(request.build());
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (S3Exception e) {
            // HEAD has no error body: a missing key or version is a bare 404 (a malformed version id a 400).
            if (e.statusCode() == 404 || e.statusCode() == 400 && versionId != null) {
                return Optional.empty();
            }
            throw e;
        }
        if (Boolean.TRUE.equals(head.deleteMarker())) {
            return Optional.empty();
        }
        String etag = head.eTag() == null ? null : head.eTag().replace("\"", "");
        return Optional.of(new ObjectRef(bucket, key, blankToNull(head.versionId()), etag, head.contentLength(), null,
                head.lastModified()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("null") ? null : s;
    }
}
