package com.precis.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@code moto_server} on a free loopback port, started and stopped by us: real S3, SQS and
 * DynamoDB wire protocols for the local trigger and the integration tests. The command can be
 * changed with {@code PRECIS_MOTO_SERVER}.
 */
public final class MotoServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    public static MotoServer start() throws IOException {
        int port = freePort();
        String command = System.getenv().getOrDefault("PRECIS_MOTO_SERVER", "moto_server");
        Path log = Files.createTempFile("moto-", ".log");
        Process process;
        try {
            process = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new CommandFailure("cannot start " + command + " (" + e.getMessage() + "): install moto with"
                    + " pip install \"moto[server]\" so that moto_server is on PATH, or pass --endpoint URL of a running"
                    + " server", e);
        }
        MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
        server.awaitReady();
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Stops the server abruptly, as a crash would; {@link #start()} a new one to come back. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            if (System.getenv("PRECIS_KEEP_MOTO_LOG") == null) Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("moto_server exited at start: " + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(200);
                c.setReadTimeout(1000);
                if (c.getResponseCode() < 500) {
                    c.disconnect();
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for moto_server");
            }
        }
        close();
        throw new IOException("moto_server was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private String tail() {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
