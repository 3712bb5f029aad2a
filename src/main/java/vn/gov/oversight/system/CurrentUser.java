package vn.gov.oversight.system;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The caller of the application's API as the modules need to know them: their agencies
 * and whether they oversee every agency (administrators, the coordinator, the steering
 * committee).
 */
public record CurrentUser(String userId, Set<String> agencies, boolean admin, boolean coordinator,
        boolean steeringCommittee) {

    public static CurrentUser of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
        Set<String> agencies = authorities.stream()
            .filter(a -> a.startsWith(Roles.AGENCY_AUTHORITY_PREFIX))
            .map(a -> a.substring(Roles.AGENCY_AUTHORITY_PREFIX.length()))
            .collect(Collectors.toSet());
        return new CurrentUser(authentication.getName(), agencies, authorities.contains("ROLE_" + Roles.ADMIN),
                authorities.contains("ROLE_" + Roles.COORDINATOR),
                authorities.contains("ROLE_" + Roles.STEERING_COMMITTEE));
    }

    public boolean overseesAll() {
        return admin || coordinator || steeringCommittee;
    }

    public boolean belongsTo(String agencyCode) {
        return agencies.contains(agencyCode);
    }
}
