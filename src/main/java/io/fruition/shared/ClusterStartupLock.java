package io.fruition.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Nodes of a cluster on one PostgreSQL start one after the other: the first to come takes a PostgreSQL advisory
 * lock before anything touches the database (Flyway, the engine's schema, the deployment, the demo data) and gives
 * it back once it is ready; a node starting at the same moment waits for it, then finds everything in place.
 * Without this, two nodes on an empty database would both create the engine's tables and both load the demo.
 * H2 runs a single node and takes no lock. Registered in META-INF/spring.factories, so it runs before the context.
 */
public class ClusterStartupLock implements ApplicationListener<SpringApplicationEvent>, Ordered {

    /** The advisory lock's key: "Fruition start-up". */
    static final long KEY = 0x4672756974L;
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

    private Connection held;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            acquire(prepared.getApplicationContext().getEnvironment());
        } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    /** After every other listener of the ready event (the demo data loads there). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private synchronized void acquire(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:") || held != null) {
            return;
        }
        try {
            Connection connection = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            Instant giveUp = Instant.now().plus(MAX_WAIT);
            boolean logged = false;
            while (!tryLock(connection)) {
                if (!logged) {
                    LOG.info("Another node of this cluster is starting; waiting for it to finish first.");
                    logged = true;
                }
                if (Instant.now().isAfter(giveUp)) {
                    connection.close();
                    throw new IllegalStateException("Another node has been starting for over " + MAX_WAIT.toMinutes()
                            + " minutes; check it, or release PostgreSQL advisory lock " + KEY + ".");
                }
                Thread.sleep(500);
            }
            held = connection;
        } catch (SQLException e) {
            // No database yet: the application's own start reports it; there is nothing to wait for.
            LOG.debug("No start-up lock: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            }
        } catch (SQLException e) {
            LOG.debug("Start-up lock released with its connection: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
