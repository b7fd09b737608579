package io.fruition.process;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import io.fruition.process.engine.PartnershipTenants;

/**
 * The engine of the process tests: in memory, with the application's tenant plugin, mockable beans, full
 * history and flow-node/sequence-flow coverage that must reach 100% per test class (report in
 * target/process-test-coverage).
 */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    static ProcessEngineCoverageExtension withFullCoverage(String name, String... excludedProcessKeys) {
        ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        // Not "default": that name belongs to the application engine of the Spring tests in this JVM.
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.getProcessEnginePlugins().add(new PartnershipTenants(Set.of("NG", "IR")::contains));
        var builder = ProcessEngineCoverageExtension.builder(configuration);
        builder.assertClassCoverageAtLeast(1.0);
        if (excludedProcessKeys.length > 0) {
            builder.excludeProcessDefinitionKeys(excludedProcessKeys);
        }
        return (ProcessEngineCoverageExtension) builder.build();
    }
}
