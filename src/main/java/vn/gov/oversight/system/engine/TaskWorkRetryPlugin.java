package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every waiting task carries the ladder's timer; when the job executor locks that timer
 * at the moment a person completes or claims the task, the person's command loses an
 * optimistic-locking race it had no part in and would see an error. Such a command is run
 * again, in a new transaction, a few times. Only the outermost command is retried, and
 * only when no transaction of the caller surrounds it.
 */
public class TaskWorkRetryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskWorkRetryPlugin.class);

    private static final int ATTEMPTS = 4;

    private static final Set<Class<?>> RETRIED = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
            ClaimTaskCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new RetryingInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class RetryingInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean outermost = Context.getCommandContext() == null
                    && !TransactionSynchronizationManager.isActualTransactionActive();
            if (!outermost || !RETRIED.contains(command.getClass())) {
                return next.execute(command);
            }
            for (int attempt = 1;; attempt++) {
                try {
                    return next.execute(command);
                }
                catch (OptimisticLockingException conflict) {
                    if (attempt == ATTEMPTS) {
                        throw conflict;
                    }
                    log.info("{} met a concurrent change (attempt {} of {}), running it again",
                            command.getClass().getSimpleName(), attempt, ATTEMPTS);
                }
            }
        }

    }

}
