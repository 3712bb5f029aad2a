package vn.gov.oversight.system.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.gov.oversight.system.Roles;

/**
 * The application's API knows the same users as Tasklist: passwords are checked by
 * Camunda's identity service, and roles come from the user's Camunda groups.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final String AGENCY_GROUP_TYPE = "AGENCY";

    // Lazy: the engine is built after the security configuration.
    private final ObjectProvider<IdentityService> identityService;

    CamundaIdentityAuthenticationProvider(ObjectProvider<IdentityService> identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        IdentityService identity = identityService.getObject();
        if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            switch (group.getId()) {
                case Roles.ADMIN_GROUP -> authorities.add(role(Roles.ADMIN));
                case Roles.COORDINATOR_GROUP -> authorities.add(role(Roles.COORDINATOR));
                case Roles.STEERING_COMMITTEE_GROUP -> authorities.add(role(Roles.STEERING_COMMITTEE));
                default -> {
                    if (AGENCY_GROUP_TYPE.equals(group.getType())) {
                        authorities.add(new SimpleGrantedAuthority(Roles.AGENCY_AUTHORITY_PREFIX + group.getId()));
                    }
                }
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static GrantedAuthority role(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role);
    }

}
