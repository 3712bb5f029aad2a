package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.HistoricExternalTaskLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricIncidentQueryImpl;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.IncidentQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.GetExternalTaskErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricExternalTaskLogErrorDetailsCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.query.Query;

import vn.gov.oversight.system.PasswordRules;

/**
 * The engine's own line of defence, in front of every command whatever the transport (the
 * REST API, the web apps' API, stored filters, the Java API):
 * <ul>
 * <li>no query runs an expression it was given: ad hoc queries carry none, in themselves
 * or in an or-query; a stored filter keeps only the built-ins of
 * {@link QueryExpressions}, checked when it is saved and again, with any query that
 * extends it, each time it is listed or counted;</li>
 * <li>what a person may do to the engine's data directly is narrowed to working on their
 * tasks: writing or removing variables, modifying, restarting or migrating instances,
 * correlating messages, sending signals, starting processes, creating, updating,
 * assigning to others or delegating tasks, raising BPMN errors from tasks, external tasks
 * and case instances, and reading stack traces, jobs and incidents (whose messages may
 * quote SQL) are for administrators. The application's own calls (no authenticated
 * person) and commands nested in a command already let through are not restricted;</li>
 * <li>a new password set by a person follows {@link PasswordRules}.</li>
 * </ul>
 */
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(
            // process data
            AbstractSetVariableCmd.class, AbstractRemoveVariableCmd.class, AbstractPatchVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class,
            // instance changes
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
            AbstractRestartProcessInstanceCmd.class, AbstractMigrationCmd.class,
            // messages, signals and starts carry variables into instances
            AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalEventReceivedCmd.class, SignalCmd.class, StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class,
            // tasks beyond working on them: properties (due date, owner, candidates),
            // creation, delegation
            AbstractSetTaskPropertyCmd.class, DeleteIdentityLinkCmd.class, SaveTaskCmd.class, CreateTaskCmd.class,
            DeleteTaskCmd.class, DelegateTaskCmd.class, ResolveTaskCmd.class, HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class,
            // external tasks (none is modelled)
            ExternalTaskCmd.class, FetchExternalTasksCmd.class,
            // diagnostics that quote exceptions
            GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
            GetExternalTaskErrorDetailsCmd.class, GetHistoricExternalTaskLogErrorDetailsCmd.class, JobQueryImpl.class,
            HistoricJobLogQueryImpl.class, IncidentQueryImpl.class, HistoricIncidentQueryImpl.class,
            ExternalTaskQueryImpl.class, HistoricExternalTaskLogQueryImpl.class);

    private static final String CASE_COMMANDS = "org.camunda.bpm.engine.impl.cmmn.cmd.";

    private final PasswordRules passwordRules;

    public EngineGuardPlugin(PasswordRules passwordRules) {
        this.passwordRules = passwordRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Guard guard = new Guard(configuration, passwordRules);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                first(guard, configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(first(new Guard(configuration, passwordRules),
                configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> first(CommandInterceptor interceptor, List<CommandInterceptor> others) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(interceptor);
        if (others != null) {
            interceptors.addAll(others);
        }
        return interceptors;
    }

    /**
     * True when the command is named by the rules above as one for administrators only.
     */
    static boolean administratorsOnly(Command<?> command) {
        if (command.getClass().getName().startsWith(CASE_COMMANDS)) {
            return true;
        }
        return ADMINISTRATORS_ONLY.stream().anyMatch(type -> type.isInstance(command));
    }

    private static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        private final PasswordRules passwordRules;

        Guard(ProcessEngineConfigurationImpl configuration, PasswordRules passwordRules) {
            this.configuration = configuration;
            this.passwordRules = passwordRules;
        }

        @Override
        public <T> T execute(Command<T> command) {
            checkExpressions(command);
            if (command instanceof SaveUserCmd save) {
                checkNewPassword(save);
            }
            if (Context.getCommandContext() == null) {
                checkPersonsCommand(command);
            }
            return next.execute(command);
        }

        /**
         * A person's new password (Camunda Admin, Tasklist's profile, the REST API)
         * follows the policy and is refused with 400 naming the rules broken. The
         * application's own saves are checked where their input arrives (the directory's
         * API, the administrator's password at start-up); the demo's short passwords are
         * the demo's.
         */
        private void checkNewPassword(SaveUserCmd save) {
            Authentication person = configuration.getIdentityService().getCurrentAuthentication();
            if (person == null) {
                CamundaFields.set(save, SaveUserCmd.class, "skipPasswordPolicy", true);
                return;
            }
            User user = CamundaFields.get(save, SaveUserCmd.class, "user");
            String newPassword = user instanceof UserEntity entity
                    ? CamundaFields.get(entity, UserEntity.class, "newPassword") : null;
            if (newPassword == null) {
                return;
            }
            List<String> problems = passwordRules.problems(newPassword, user.getId(), user.getFirstName(),
                    user.getLastName(), user.getEmail());
            if (!problems.isEmpty()) {
                throw new BadUserRequestException("Mật khẩu không đạt yêu cầu: " + String.join("; ", problems));
            }
        }

        private void checkExpressions(Command<?> command) {
            if (command instanceof AbstractQuery<?, ?> query) {
                QueryExpressions.refuseAny(query);
            }
            else if (command instanceof SaveFilterCmd save) {
                Filter filter = CamundaFields.get(save, SaveFilterCmd.class, "filter");
                if (filter != null) {
                    QueryExpressions.refuseUnlessAllowedInFilter(filter.getQuery());
                }
            }
            else if (command instanceof AbstractExecuteFilterCmd execute) {
                Query<?, ?> extending = CamundaFields.get(execute, AbstractExecuteFilterCmd.class, "extendingQuery");
                if (extending != null) {
                    QueryExpressions.refuseAny(extending);
                }
                String filterId = CamundaFields.get(execute, AbstractExecuteFilterCmd.class, "filterId");
                if (filterId != null) {
                    FilterEntity stored = configuration.getCommandExecutorTxRequired()
                        .execute(context -> context
                            .runWithoutAuthorization(() -> context.getFilterManager().findFilterById(filterId)));
                    if (stored != null) {
                        QueryExpressions.refuseUnlessAllowedInFilter(stored.getQuery());
                    }
                }
            }
        }

        private void checkPersonsCommand(Command<?> command) {
            Authentication person = configuration.getIdentityService().getCurrentAuthentication();
            if (person == null || person.getUserId() == null || isAdministrator(person)
                    || !administratorsOnly(command)) {
                return;
            }
            if (command instanceof AssignTaskCmd assign) {
                String assignee = CamundaFields.get(assign, AbstractAddIdentityLinkCmd.class, "userId");
                if (assignee == null || assignee.equals(person.getUserId())) {
                    return; // claiming for oneself or giving the task back (Tasklist's
                            // "unclaim")
                }
            }
            throw new AuthorizationException("Chỉ quản trị hệ thống được thực hiện thao tác này; người dùng "
                    + person.getUserId() + " chỉ nhận và hoàn thành công việc của mình qua biểu mẫu");
        }

        private boolean isAdministrator(Authentication person) {
            List<String> adminUsers = Objects.requireNonNullElse(configuration.getAdminUsers(), List.of());
            List<String> adminGroups = Objects.requireNonNullElse(configuration.getAdminGroups(), List.of());
            return adminUsers.contains(person.getUserId())
                    || person.getGroupIds() != null && person.getGroupIds().stream().anyMatch(adminGroups::contains);
        }

    }

}
