package io.fruition.drills;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The crash drill's slice in every build: the packaged jar on the default H2 file database, killed with -9 three to
 * six seconds into the load, loses nothing it acknowledged (the drills profile runs the whole drill, on PostgreSQL
 * too). Figures in target/drills/crash-slice.md.
 */
class CrashSliceIT {

    @Test
    void a_killed_node_on_h2_loses_nothing_it_acknowledged() throws Exception {
        new CrashDrill(Duration.ofSeconds(3), Duration.ofSeconds(3), "crash-slice.md").on_h2_nothing_acknowledged_is_lost();
    }
}
