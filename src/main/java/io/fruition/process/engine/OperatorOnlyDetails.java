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
            return commandExecutor.execute(context -> {
                EngineAccess.requireOperator(context, WHAT);
                return new GetJobExceptionStacktraceCmd(jobId).execute(context);
            });
        }
    }

    static class History extends HistoryServiceImpl {
        @Override
        public String getHistoricJobLogExceptionStacktrace(String historicJobLogId) {
            return commandExecutor.execute(context -> {
                EngineAccess.requireOperator(context, WHAT);
                return new GetHistoricJobLogExceptionStacktraceCmd(historicJobLogId).execute(context);
            });
        }

        @Override
        public String getHistoricExternalTaskLogErrorDetails(String historicExternalTaskLogId) {
            return commandExecutor.execute(context -> {
                EngineAccess.requireOperator(context, WHAT);
                return new GetHistoricExternalTaskLogErrorDetailsCmd(historicExternalTaskLogId).execute(context);
            });
        }
    }

    static class ExternalTasks extends ExternalTaskServiceImpl {
        @Override
        public String getExternalTaskErrorDetails(String externalTaskId) {
            return commandExecutor.execute(context -> {
                EngineAccess.requireOperator(context, WHAT);
                return new GetExternalTaskErrorDetailsCmd(externalTaskId).execute(context);
            });
        }
    }
}
