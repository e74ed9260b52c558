package org.complaintledger.nodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * What other processes on the database announce with PostgreSQL's NOTIFY (sent inside their transactions, so
 * delivered only on commit, in commit order), heard on one connection of this process's own, taken from the pool
 * for as long as the process runs. A round trip every half second when nothing arrives notices a connection that died
 * silently. When the connection is lost (the database restarting), every channel is told at once, and told again when
 * listening resumes so it can make good what it missed.
 */
public class DatabaseNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotices.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;
    private static final long STOP_WAIT_MILLIS = 3000;

    private final DataSource dataSource;
    private final List<NoticeChannel> channels;
    private volatile boolean running;
    private Thread listener;

    DatabaseNotices(DataSource dataSource, List<NoticeChannel> channels) {
        this.dataSource = dataSource;
        this.channels = List.copyOf(channels);
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    for (NoticeChannel channel : channels) {
                        statement.execute("LISTEN " + channel.name());
                    }
                }
                for (NoticeChannel channel : channels) {
                    channel.listening(connection);
                }
                warned = false;
                log.info("listening for other nodes' notices on {}", channels.stream().map(NoticeChannel::name).toList());
                follow(connection);
            } catch (SQLException | RuntimeException e) {
                if (!warned && running) {
                    log.warn("not listening for other nodes' notices ({}); retrying every {} ms", e.getMessage(),
                            RECONNECT_MILLIS);
                    warned = true;
                }
            } finally {
                channels.forEach(NoticeChannel::lost);
            }
            if (running) {
                pause(RECONNECT_MILLIS);
            }
        }
    }

    private void follow(Connection connection) throws SQLException {
        PGConnection notices = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
            if (received == null || received.length == 0) {
                if (!connection.isValid(2)) {
                    throw new SQLException("the listening connection was lost");
                }
                continue;
            }
            for (PGNotification notice : received) {
                for (NoticeChannel channel : channels) {
                    if (channel.name().equals(notice.getName())) {
                        channel.received(connection, notice.getParameter());
                    }
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("database-notices").start(this::listen);
    }

    /** Waits (a wait for notices is at most half a second) so that the connection is back before the pool closes. */
    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server and the event processors start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
