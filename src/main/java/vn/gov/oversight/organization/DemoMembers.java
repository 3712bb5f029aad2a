package vn.gov.oversight.organization;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's people, added the way an administrator adds them, each with the demo
 * password. Idempotent.
 */
@Component
class DemoMembers {

    /** A person of a demo seed file. */
    record SeedMember(String agency, String userId, String lastName, String firstName, MemberRole role) {
    }

    private final Memberships memberships;

    private final DirectoryStore store;

    private final String password;

    DemoMembers(Memberships memberships, DirectoryStore store,
            @Value("${oversight.demo.password:demo}") String password) {
        this.memberships = memberships;
        this.store = store;
        this.password = password;
    }

    /**
     * Adds the person to the agency from {@code from}, unless they belong to it already;
     * answers whether added.
     */
    boolean add(SeedMember member, LocalDate from) {
        if (store.membershipsOf(member.userId())
            .stream()
            .anyMatch(existing -> existing.agencyCode().equals(member.agency()))) {
            return false;
        }
        memberships.addMember(member.agency(), new Memberships.MemberDraft(member.userId(), member.firstName(),
                member.lastName(), member.userId() + "@oversight.local", password, member.role(), from, null), false);
        return true;
    }

}
