package cn.warmledger.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on 127.0.0.1 in front of the test cluster that holds each connection's first answer of the server for
 * {@code delayMs}: every login through it takes that much longer, as on a slow county server or a busy PC. Counts
 * the connections made through it.
 */
public final class SlowServerRelay implements AutoCloseable {
    private final ServerSocket server;
    private final int targetPort;
    private final long delayMs;
    private final AtomicInteger connections = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-server-relay");
        t.setDaemon(true);
        return t;
    });

    public SlowServerRelay(int targetPort, long delayMs) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delayMs = delayMs;
        pumps.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
                connections.incrementAndGet();
                pumps.execute(() -> pump(client, upstream, 0));
                pumps.execute(() -> pump(upstream, client, delayMs));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to, long firstDelayMs) {
        byte[] buffer = new byte[8192];
        boolean first = true;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (first && firstDelayMs > 0) {
                    Thread.sleep(firstDelayMs);
                }
                first = false;
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        pumps.shutdownNow();
        pumps.awaitTermination(5, TimeUnit.SECONDS);
    }
}
