package io.fruition.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transactional outbox: messages are rows written with the change they announce, so nothing is announced for a
 * change that rolls back and nothing is lost for one that commits. After the commit (and on a schedule, for
 * retries and after restarts) due rows are claimed one by one and sent. A failed attempt waits longer each time
 * and is given up after the policy's number of attempts. A dispatcher claims a row by moving it from PENDING to
 * SENDING in a conditional update, so two dispatchers (on one node or several) never send the same message; a
 * SENDING row whose claim is older than the lease by the database's clock (its node died while sending) is claimed
 * again, so nothing is lost either.
 * <p>
 * Mail and webhooks use it. The table has the columns {@code id, status, attempts, next_attempt_at, claimed_at,
 * sent_at, last_error}.
 */
public final class Outbox {

    /** Sends one claimed message. */
    public interface Sender {

        /** Sends message {@code id} (attempt {@code attempt}, from 1); null when it went out, else what went wrong. */
        String send(long id, int attempt);

        /** The message was given up after its last attempt. */
        default void givenUp(long id, int attempts, String error) {
        }
    }

    /**
     * How often and how patiently: at most {@code maxAttempts}; the first retry after {@code initialBackoff}, each
     * further one after twice the wait before, at most an hour; a claim older than {@code claimLease} is taken over.
     */
    public record Policy(int maxAttempts, Duration initialBackoff, Duration claimLease) {

        public Duration backoffAfter(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration wait = initialBackoff.multipliedBy(factor);
            return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
        }
    }

    /** What one run did: sent, failed (to be retried or given up), and the first error for the log. */
    public record Run(int sent, int failed, String firstError) {
    }

    private final String table;
    private final String alsoDue;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService kicker;

    /**
     * An outbox on {@code table}; {@code alsoDue} is a further SQL condition a due row meets (a constant, e.g. that
     * its endpoint is enabled), or null.
     */
    public Outbox(String table, String alsoDue, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.table = table;
        this.alsoDue = alsoDue == null ? "" : " and (" + alsoDue + ")";
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.kicker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, table);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code dispatch} on the outbox's own thread once the current transaction commits (at once without one). */
    public void afterCommit(Runnable dispatch) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kicker.execute(dispatch);
                }
            });
        } else {
            kicker.execute(dispatch);
        }
    }

    /** Sends every message that is due now. */
    public synchronized Run dispatchDue(Policy policy, Sender sender) {
        Instant now = clock.instant();
        Timestamp staleClaims = Timestamp.from(databaseNow().minus(policy.claimLease()));
        List<Long> due = jdbc.sql("""
                select id from %s
                where (status = 'PENDING' and next_attempt_at <= ? or status = 'SENDING' and claimed_at < ?)%s
                order by id""".formatted(table, alsoDue))
                .params(Timestamp.from(now), staleClaims).query(Long.class).list();
        int sent = 0;
        int failed = 0;
        String firstError = null;
        for (Long id : due) {
            Integer attempt = claim(id, now, staleClaims);
            if (attempt == null) {
                continue;
            }
            String error = sender.send(id, attempt);
            if (error == null) {
                sent++;
                transaction.executeWithoutResult(status -> jdbc.sql(
                        "update %s set status = 'SENT', sent_at = ?, last_error = null where id = ?".formatted(table))
                        .params(Timestamp.from(clock.instant()), id).update());
            } else {
                failed++;
                firstError = firstError == null ? error : firstError;
                boolean giveUp = attempt >= policy.maxAttempts();
                String cut = error.length() > 500 ? error.substring(0, 499) + "…" : error;
                transaction.executeWithoutResult(status -> jdbc.sql(
                        "update %s set status = ?, next_attempt_at = ?, last_error = ? where id = ?".formatted(table))
                        .params(giveUp ? "FAILED" : "PENDING",
                                Timestamp.from(clock.instant().plus(policy.backoffAfter(attempt))), cut, id)
                        .update());
                if (giveUp) {
                    sender.givenUp(id, attempt, cut);
                }
            }
        }
        return new Run(sent, failed, firstError);
    }

    /** Stops the outbox's thread (the scheduled runs and the rows stay). */
    public void stop() {
        kicker.shutdownNow();
    }

    /** The database's clock: the same for every node, and not the one the demo and the tests move. */
    private Instant databaseNow() {
        return jdbc.sql("select current_timestamp").query(Timestamp.class).single().toInstant();
    }

    /** Claims a due row; its attempt number, or null when another dispatcher has it. */
    private Integer claim(long id, Instant now, Timestamp staleClaims) {
        Integer claimed = transaction.execute(status -> jdbc.sql("""
                update %s set status = 'SENDING', attempts = attempts + 1, claimed_at = current_timestamp
                where id = ? and (status = 'PENDING' and next_attempt_at <= ? or status = 'SENDING' and claimed_at < ?)%s"""
                .formatted(table, alsoDue)).params(id, Timestamp.from(now), staleClaims).update());
        if (claimed == null || claimed != 1) {
            return null;
        }
        return jdbc.sql("select attempts from %s where id = ?".formatted(table)).param(id).query(Integer.class).single();
    }
}
