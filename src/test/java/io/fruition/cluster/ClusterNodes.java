package io.fruition.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.fruition.FruitionApplication;

/** Nodes of Fruition on one PostgreSQL, each a whole application with its engine and job executor, started at once. */
final class ClusterNodes {

    private ClusterNodes() {
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
                    .run(args);
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
