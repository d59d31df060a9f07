package com.precis.cli;

/** {@code s3://bucket/prefix} as given on the command line; the prefix may be empty. */
record S3Location(String bucket, String prefix) {

    static S3Location parse(String text, Args args) {
        if (text == null || !text.startsWith("s3://") || text.length() <= 5) {
            throw args.error("expected s3://BUCKET/PREFIX, not '" + text + "'");
        }
        String rest = text.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw args.error("'" + bucket + "' is not a bucket name (in s3://BUCKET/PREFIX)");
        }
        return new S3Location(bucket, prefix);
    }

    /** The prefix as a folder: empty, or ending with '/'. */
    S3Location asFolder() {
        return prefix.isEmpty() || prefix.endsWith("/") ? this : new S3Location(bucket, prefix + "/");
    }

    S3Location resolve(String name) {
        return new S3Location(bucket, asFolder().prefix() + name);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
