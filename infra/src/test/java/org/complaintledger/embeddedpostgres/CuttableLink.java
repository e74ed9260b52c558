package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link on the loopback from one application to the database, which the test can cut: every connection through
 * it is closed at once and no new one is let through, as when the process's machine dies or its network is pulled.
 * The database then sees the process's sessions end, and the process can record nothing more: its claims on tracking
 * segments stay as they were, unrefreshed, exactly as a crashed process leaves them.
 */
final class CuttableLink implements AutoCloseable {

    private final ServerSocket listening;
    private final int databasePort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    CuttableLink(int databasePort) throws IOException {
        this.databasePort = databasePort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("link-accept").start(this::accept);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + listening.getLocalPort() + "/postgres";
    }

    private void accept() {
        while (!cut) {
            try {
                Socket client = listening.accept();
                if (cut) {
                    client.close();
                    return;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                sockets.add(client);
                sockets.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("link-pipe").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    void cut() {
        cut = true;
        closeQuietly(listening);
        sockets.forEach(CuttableLink::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
