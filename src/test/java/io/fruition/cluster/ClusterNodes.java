package io.fruition.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import io.fruition.FruitionApplication;

/** Nodes of Fruition on one PostgreSQL, each a whole application with its engine and job executor, started at once. */
final class ClusterNodes {

    private static final OneAtATime LOGGING_SET_UP = new OneAtATime();

    private ClusterNodes() {
    }

    /**
     * Nodes in one JVM share its logging system, which Spring Boot sets up at each start: two set-ups at the same
     * moment trip over each other (a test harness matter; real nodes are separate processes). So the nodes take
     * turns from their start to their environment being ready, and start the rest (the part the cluster tests are
     * about: schema, demo, engine) at the same moment again.
     */
    private static final class OneAtATime {
        private final Semaphore turn = new Semaphore(1);

        ApplicationListener<ApplicationStartingEvent> before() {
            return new Before();
        }

        ApplicationListener<ApplicationEnvironmentPreparedEvent> after() {
            return new After();
        }

        private final class Before implements ApplicationListener<ApplicationStartingEvent>, Ordered {
            @Override
            public void onApplicationEvent(ApplicationStartingEvent event) {
                try {
                    // Bounded: a node that failed before its environment was ready must not hold the other up.
                    turn.tryAcquire(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public int getOrder() {
                return HIGHEST_PRECEDENCE;
            }
        }

        private final class After implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
            @Override
            public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
                turn.release();
            }

            @Override
            public int getOrder() {
                return LOWEST_PRECEDENCE;
            }
        }
    }

    /** node-a and node-b on the database at {@code url}, on ports of their own; {@code extra} settings win. */
    static List<ConfigurableApplicationContext> startTogether(String url, boolean demo, Map<String, String> extra)
            throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            Map<String, String> settings = new HashMap<>(Map.ofEntries(
                    Map.entry("spring.datasource.url", url),
                    Map.entry("spring.datasource.username", "postgres"),
                    Map.entry("spring.datasource.password", ""),
                    Map.entry("spring.datasource.hikari.pool-name", node),
                    Map.entry("spring.jmx.enabled", "false"),
                    Map.entry("server.port", "0"),
                    Map.entry("camunda.bpm.process-engine-name", node),
                    Map.entry("camunda.bpm.generic-properties.properties.hostname", node),
                    Map.entry("camunda.bpm.job-execution.enabled", "true"),
                    Map.entry("fruition.demo.enabled", Boolean.toString(demo)),
                    Map.entry("fruition.attachments.directory", "target/cluster-attachments")));
            settings.putAll(extra);
            // As command-line arguments, so that they win over application.yaml, as an operator's settings do.
            String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            Callable<ConfigurableApplicationContext> start = () -> new SpringApplicationBuilder(FruitionApplication.class)
                    .listeners(LOGGING_SET_UP.before(), LOGGING_SET_UP.after()).run(args);
            started.add(starter.submit(start));
        }
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        for (Future<ConfigurableApplicationContext> context : started) {
            contexts.add(context.get());
        }
        starter.shutdown();
        return contexts;
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
