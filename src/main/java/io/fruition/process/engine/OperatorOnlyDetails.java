package io.fruition.process.engine;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ExternalTaskServiceImpl;
import org.camunda.bpm.engine.impl.HistoryServiceImpl;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;

/**
 * Members may read their partnerships' instances, jobs and history, but the stack traces of failed jobs are the
 * server's internals: only administrators read them, in Cockpit.
 */
final class OperatorOnlyDetails {

    private static final String WHAT = "read the server's stack traces";

    private OperatorOnlyDetails() {
    }

    static class Management extends ManagementServiceImpl {
        Management(ProcessEngineConfiguration configuration) {
            super(configuration);
        }

        @Override
        public String getJobExceptionStacktrace(String jobId) {
            return EngineAccess.operatorOnly(commandExecutor, WHAT, new GetJobExceptionStacktraceCmd(jobId));
        }
    }

    static class History extends HistoryServiceImpl {
        @Override
        public String getHistoricJobLogExceptionStacktrace(String historicJobLogId) {
            return EngineAccess.operatorOnly(commandExecutor, WHAT,
                    new GetHistoricJobLogExceptionStacktraceCmd(historicJobLogId));
        }

        @Override
        public String getHistoricExternalTaskLogErrorDetails(String historicExternalTaskLogId) {
            return EngineAccess.operatorOnly(commandExecutor, WHAT,
                    new GetHistoricExternalTaskLogErrorDetailsCmd(historicExternalTaskLogId));
        }
    }

    static class ExternalTasks extends ExternalTaskServiceImpl {
        @Override
        public String getExternalTaskErrorDetails(String externalTaskId) {
            return EngineAccess.operatorOnly(commandExecutor, WHAT, new GetExternalTaskErrorDetailsCmd(externalTaskId));
        }
    }
}
