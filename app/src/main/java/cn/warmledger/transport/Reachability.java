package cn.warmledger.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A plain TCP connect with a short timeout: is the server there at all? */
final class Reachability {
    private static final int TIMEOUT_MILLIS = 3000;

    private Reachability() {
    }

    static boolean canConnect(String host, int port) {
        if (host == null || host.isBlank() || port <= 0) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
