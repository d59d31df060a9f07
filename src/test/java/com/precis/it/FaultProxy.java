package com.precis.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy between the SDK and the real server, which injects faults into the
 * connections it accepts: reset them (RST), drop them (close after reading the request, no
 * answer), or delay them. Faults apply to the next {@code n} connections; live connections are
 * severed whenever faults change, so pooled keep-alive connections cannot slip past. The target
 * can be switched, so a restarted server keeps the endpoint the clients know.
 */
final class FaultProxy implements AutoCloseable {

    enum Fault { RESET, DROP, DELAY }

    private final ServerSocket server;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger remainingFaults = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();
    private volatile Fault fault = Fault.RESET;
    private volatile int delayMillis;
    private volatile URI target;
    private volatile boolean closed;

    private FaultProxy(ServerSocket server, URI target) {
        this.server = server;
        this.target = target;
    }

    static FaultProxy start(URI target) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultProxy proxy = new FaultProxy(server, target);
        Thread acceptor = new Thread(proxy::acceptLoop, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Injects the fault into the next {@code connections} connections (Integer.MAX_VALUE: until cleared). */
    void inject(Fault newFault, int connections) {
        fault = newFault;
        remainingFaults.set(connections);
        severLiveConnections();
    }

    void delay(int millis, int connections) {
        delayMillis = millis;
        inject(Fault.DELAY, connections);
    }

    void clear() {
        remainingFaults.set(0);
        severLiveConnections();
    }

    void retarget(URI newTarget) {
        target = newTarget;
        severLiveConnections();
    }

    int injected() {
        return injected.get();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        severLiveConnections();
    }

    private void severLiveConnections() {
        for (Socket s : live) {
            closeQuietly(s);
        }
        live.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "fault-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket client) {
        live.add(client);
        Fault thisFault = remainingFaults.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? fault : null;
        try {
            if (thisFault == Fault.RESET) {
                injected.incrementAndGet();
                client.setSoLinger(true, 0); // close with RST: "connection reset by peer"
                client.close();
                return;
            }
            if (thisFault == Fault.DROP) {
                injected.incrementAndGet();
                client.getInputStream().read(new byte[8192]); // take the request, answer nothing
                client.close();
                return;
            }
            if (thisFault == Fault.DELAY) {
                injected.incrementAndGet();
                Thread.sleep(delayMillis);
            }
            URI to = target;
            Socket upstream = new Socket();
            upstream.connect(new InetSocketAddress(to.getHost(), to.getPort()), 2000);
            live.add(upstream);
            Thread up = new Thread(() -> pipe(client, upstream), "fault-proxy-up");
            up.setDaemon(true);
            up.start();
            pipe(upstream, client);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // either side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
