package vn.gov.oversight.system.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.oversight.system.PasswordRules;

/**
 * Passwords in the engine: hashed with bcrypt ({@link BcryptPasswordEncryptor}); hashes
 * of Camunda's default SHA-512 are still accepted and replaced by a bcrypt hash at the
 * user's next successful login; new passwords follow {@link PasswordRules}, also
 * published as Camunda's password policy so that its web apps show the rules.
 */
public class PasswordSecurityPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(PasswordSecurityPlugin.class);

    private final int bcryptStrength;

    private final PasswordRules rules;

    public PasswordSecurityPlugin(int bcryptStrength, PasswordRules rules) {
        this.bcryptStrength = bcryptStrength;
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(bcryptStrength));
        // Camunda keeps SHA-512 among its checkers by itself: the old hashes still verify
        // until upgraded.
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new RulesAsPolicy(rules));
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new UpgradeHashOnLogin());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * After a successful password check, a hash of an older algorithm is replaced by a
     * bcrypt one.
     */
    private static final class UpgradeHashOnLogin extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof CheckPassword check && Boolean.TRUE.equals(result)) {
                String userId = CamundaFields.get(check, CheckPassword.class, "userId");
                String password = CamundaFields.get(check, CheckPassword.class, "password");
                UserEntity user = Context.getCommandContext().getDbEntityManager().selectById(UserEntity.class, userId);
                if (user != null && user.getPassword() != null
                        && !user.getPassword().startsWith("{" + BcryptPasswordEncryptor.ALGORITHM + "}")) {
                    user.setPassword(password);
                    user.encryptPassword();
                    log.info("Password hash of user {} upgraded to bcrypt", userId);
                }
            }
            return result;
        }

    }

    /**
     * {@link PasswordRules} as Camunda's password policy: one rule, its failures named in
     * Vietnamese.
     */
    private record RulesAsPolicy(PasswordRules rules) implements PasswordPolicy {

        @Override
        public List<PasswordPolicyRule> getRules() {
            return List.of(new PasswordPolicyRule() {
                @Override
                public String getPlaceholder() {
                    return "PASSWORD_POLICY_LENGTH";
                }

                @Override
                public Map<String, String> getParameters() {
                    return Map.of("minLength", String.valueOf(rules.minLength()));
                }

                @Override
                public boolean execute(String password) {
                    return rules.problems(password, null).isEmpty();
                }

                @Override
                public boolean execute(String password, User user) {
                    return user == null ? execute(password)
                            : rules
                                .problems(password, user.getId(), user.getFirstName(), user.getLastName(),
                                        user.getEmail())
                                .isEmpty();
                }
            });
        }
    }

}
