package com.precis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.precis.cli.Main;
import com.precis.ingest.ObjectRef;
import com.precis.store.AwsClients;
import com.precis.store.AwsSettings;
import com.precis.store.DynamoArticleStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * scripts/sam-local.sh's set-up, against the moto_server it starts (CI has neither SAM CLI nor
 * Docker): the bucket, table and object the event files name exist, the printed `sam local invoke`
 * lines carry an env file pointing at the server through host.docker.internal and the --add-host
 * mapping, the event then runs through the handler against that server, and stopping the script
 * stops the server.
 */
class SamLocalScriptIT {

    @Test
    void theScriptSetsUpWhatTheEventsNameAndPrintsTheInvokeLines() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/sam-local.sh").redirectErrorStream(true);
        builder.environment().put("SAM_LOCAL_PORT", Integer.toString(port));
        builder.environment().put("SAM_LOCAL_BIND", "127.0.0.1");
        Process script = builder.start();
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("Ctrl-C stops moto_server")) {
                    break;
                }
            }
            String printed = String.join("\n", lines);
            assertThat(script.isAlive()).as(printed).isTrue();
            Matcher invoke = Pattern.compile("sam local invoke SummarizerFunction -e events/s3-put.json --env-vars (\\S+)"
                    + " --add-host host\\.docker\\.internal:(\\S+)").matcher(printed);
            assertThat(invoke.find()).as(printed).isTrue();
            assertThat(printed).contains("sam local invoke BackfillFunction -e events/batch/s3-batch-task.json --env-vars "
                    + invoke.group(1)).contains("arm64").contains("sam build");
            String env = Files.readString(Path.of(invoke.group(1)));
            assertThat(env).contains("\"AWS_ENDPOINT_URL_S3\": \"http://host.docker.internal:" + port + "\"")
                    .contains("\"BackfillFunction\"").contains("\"TABLE_NAME\": \"precis-summaries\"");

            URI endpoint = URI.create("http://127.0.0.1:" + port);
            AwsClients clients = new AwsClients(AwsSettings.local(endpoint, "us-east-1", "precis-summaries"));
            assertThat(clients.s3().headObject(r -> r.bucket("precis-articles").key("incoming/nvidia-h20-scraped.txt"))
                    .contentLength()).isEqualTo(Files.size(Path.of("samples/nvidia-h20-scraped.txt")));
            assertThat(clients.s3().getBucketVersioning(r -> r.bucket("precis-articles")).statusAsString()).isEqualTo("Enabled");
            // the event file, as sam local invoke would hand it over, finds everything it names
            assertThat(Main.run(new String[] {"invoke", "events/s3-put.json", "--endpoint", endpoint.toString(),
                    "--table", "precis-summaries"})).isZero();
            String id = ObjectRef.of("precis-articles", "incoming/nvidia-h20-scraped.txt").articleId();
            assertThat(new DynamoArticleStore(clients.dynamoDb(), "precis-summaries").get(id).orElseThrow()
                    .get("status").s()).isEqualTo("OK");
        } finally {
            script.destroy(); // SIGTERM: the script's trap stops moto_server
            script.waitFor(20, TimeUnit.SECONDS);
            script.destroyForcibly();
        }
        assertThat(listening(port)).as("moto_server stopped with the script").isFalse();
    }

    private static boolean listening(int port) {
        for (int i = 0; i < 50; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            } catch (IOException closed) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return true;
    }
}
