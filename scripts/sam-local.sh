#!/usr/bin/env bash
# Sets up what `sam local invoke` needs on Linux and prints the exact command lines:
#   - starts moto_server bound where the function's container can reach it (Docker's bridge address,
#     docker0, when there is one; else all interfaces), on port 5000 (SAM_LOCAL_PORT);
#   - creates the bucket and the table the files in events/ name (precis-articles, precis-summaries),
#     and uploads samples/nvidia-h20-scraped.txt as incoming/nvidia-h20-scraped.txt;
#   - prints `sam build` and one `sam local invoke` line per function, with --env-vars pointing the
#     function at the server through host.docker.internal and --add-host mapping that name to the
#     bridge (Linux Docker has no host.docker.internal of its own).
# moto_server runs until Ctrl-C (or SIGTERM). Needs moto_server and python3 with boto3 (moto's own
# dependency). SAM_LOCAL_BIND overrides the address moto listens on.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${SAM_LOCAL_PORT:-5000}"
BUCKET=precis-articles                 # the bucket events/*.json name
TABLE=precis-summaries                 # TABLE_NAME in events/env.json
KEY=incoming/nvidia-h20-scraped.txt    # the key events/s3-put.json and events/batch/s3-batch-task.json name
SAMPLE=samples/nvidia-h20-scraped.txt

command -v moto_server >/dev/null || { echo "sam-local: moto_server is not on PATH: pip install \"moto[server]\"" >&2; exit 1; }
python3 -c 'import boto3' 2>/dev/null || { echo "sam-local: python3 cannot import boto3 (pip install boto3)" >&2; exit 1; }

BRIDGE="$(ip -4 -o addr show docker0 2>/dev/null | awk '{print $4}' | cut -d/ -f1 | head -n1 || true)"
BIND="${SAM_LOCAL_BIND:-${BRIDGE:-0.0.0.0}}"
# The address the container reaches the host at: the bridge; "host-gateway" lets Docker 20.10+ find it.
GATEWAY="${BRIDGE:-host-gateway}"
SETUP_HOST="$BIND"
[ "$SETUP_HOST" = "0.0.0.0" ] && SETUP_HOST=127.0.0.1

# Another server on the port would receive our bucket and table: refuse instead.
if ! python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((sys.argv[1], int(sys.argv[2])))' \
    "$BIND" "$PORT" 2>/dev/null; then
  echo "sam-local: $BIND:$PORT is in use (another moto_server?): stop it, or choose another port with SAM_LOCAL_PORT" >&2
  exit 1
fi

LOG="$(mktemp -t precis-sam-moto.XXXXXX.log)"
moto_server -H "$BIND" -p "$PORT" >"$LOG" 2>&1 &
MOTO=$!
ENV_FILE=events/env.json
stop() {
  kill "$MOTO" 2>/dev/null || true
  wait "$MOTO" 2>/dev/null || true
  rm -f "$LOG"
  [ "$ENV_FILE" = events/env.json ] || rm -f "$ENV_FILE"
}
trap stop EXIT
trap 'exit 130' INT TERM

ENDPOINT="http://$SETUP_HOST:$PORT"
export PRECIS_MOTO_PID="$MOTO" # the setup checks that the server answering is the one started here
AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
python3 - "$ENDPOINT" "$BUCKET" "$TABLE" "$KEY" "$SAMPLE" <<'PY'
import os, sys, time, urllib.request
import boto3
endpoint, bucket, table, key, sample = sys.argv[1:]
deadline = time.time() + 10
while True:
    try:
        os.kill(int(os.environ["PRECIS_MOTO_PID"]), 0)
    except OSError:
        sys.exit("sam-local: moto_server exited at start (is the port free?)")
    try:
        urllib.request.urlopen(endpoint + "/moto-api/", timeout=1)
        break
    except Exception:
        if time.time() > deadline:
            sys.exit("sam-local: moto_server did not answer at " + endpoint + " within 10 s")
        time.sleep(0.1)
s3 = boto3.client("s3", endpoint_url=endpoint)
s3.create_bucket(Bucket=bucket)
s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
with open(sample, "rb") as f:
    s3.put_object(Bucket=bucket, Key=key, Body=f.read(), ContentType="text/plain")
dynamo = boto3.client("dynamodb", endpoint_url=endpoint)
dynamo.create_table(TableName=table, BillingMode="PAY_PER_REQUEST",
                    KeySchema=[{"AttributeName": "articleId", "KeyType": "HASH"}],
                    AttributeDefinitions=[{"AttributeName": "articleId", "AttributeType": "S"}])
print(f"sam-local: bucket {bucket} with s3://{bucket}/{key}, table {table}, at {endpoint}", file=sys.stderr)
PY

if [ "$PORT" != 5000 ]; then # events/env.json names port 5000: write one for this port
  ENV_FILE="$(mktemp -t precis-sam-env.XXXXXX.json)"
  sed "s/host.docker.internal:5000/host.docker.internal:$PORT/g" events/env.json >"$ENV_FILE"
fi
ADD_HOST="--add-host host.docker.internal:$GATEWAY"
case "$BIND" in
  127.*|localhost) echo "sam-local: bound to $BIND (SAM_LOCAL_BIND): a container cannot reach a loopback address" >&2 ;;
esac

cat <<TXT
moto_server (S3, DynamoDB) is listening on $BIND:$PORT; the function's container reaches it as host.docker.internal:$PORT.
Build once, then invoke (in another terminal, from this folder):

  sam build
  sam local invoke SummarizerFunction -e events/s3-put.json --env-vars $ENV_FILE $ADD_HOST
  sam local invoke BackfillFunction -e events/batch/s3-batch-task.json --env-vars $ENV_FILE $ADD_HOST

The functions are arm64 (template.yaml, Architectures). On an x86_64 machine Docker runs their image
under QEMU: register the emulator once (sudo apt-get install qemu-user-static binfmt-support, or
docker run --privileged --rm tonistiigi/binfmt --install arm64), or change Architectures to
x86_64 for local runs only. Read the stored item back with:
  java -jar target/precis.jar invoke events/s3-put.json --endpoint http://$SETUP_HOST:$PORT --table $TABLE
Ctrl-C stops moto_server.
TXT
wait "$MOTO"
