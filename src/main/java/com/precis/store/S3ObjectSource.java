package com.precis.store;

import com.precis.ingest.FetchedObject;
import com.precis.ingest.ObjectRef;
import com.precis.ingest.ObjectSource;
import com.precis.pipeline.ArticleRejectedException;
import com.precis.pipeline.ArticleRejectedException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads articles from S3, streaming: the declared length is checked before the body is read, and
 * reading stops one byte past the limit, so a huge object never fills the function's memory.
 * The event's version is read when it names one, so a later overwrite cannot be summarised
 * under an earlier event.
 */
public final class S3ObjectSource implements ObjectSource {

    private static final int BUFFER = 64 * 1024;

    private final S3Client s3;

    public S3ObjectSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public FetchedObject fetch(ObjectRef ref, long maxBytes) throws ArticleRejectedException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (ref.versionId() != null && !ref.versionId().isEmpty()) {
            request.versionId(ref.versionId());
        }
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(request.build())) {
            GetObjectResponse response = body.response();
            Long length = response.contentLength();
            if (length != null && length > maxBytes) {
                body.abort();
                throw tooLarge(length, maxBytes);
            }
            byte[] bytes;
            try {
                bytes = readAtMost(body, maxBytes);
            } catch (ArticleRejectedException e) {
                body.abort(); // closing would drain the rest of a huge body first
                throw e;
            }
            return new FetchedObject(bytes, response.contentType(), response.versionId(), unquote(response.eTag()));
        } catch (NoSuchKeyException e) {
            throw new ArticleRejectedException(Reason.NOT_FOUND,
                    "the object s3://" + ref.bucket() + "/" + ref.key() + " does not exist (deleted before it was read?)");
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new ArticleRejectedException(Reason.NOT_FOUND,
                        "the object or version does not exist: " + e.awsErrorDetails().errorCode());
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + ref.bucket() + "/" + ref.key(), e);
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, ArticleRejectedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(total, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ArticleRejectedException tooLarge(long size, long maxBytes) {
        return new ArticleRejectedException(Reason.TOO_LARGE,
                "the object has " + size + (size > maxBytes ? "+" : "") + " bytes; the limit is " + maxBytes
                        + " (PRECIS_MAX_OBJECT_BYTES)");
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}
