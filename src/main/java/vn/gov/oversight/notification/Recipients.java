package vn.gov.oversight.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.oversight.organization.Directory;
import vn.gov.oversight.organization.Member;
import vn.gov.oversight.organization.MemberRole;
import vn.gov.oversight.organization.RoleBinding;
import vn.gov.oversight.system.Roles;

/**
 * Who is told: an agency's people today (its head, or everyone), the coordinator's, the
 * steering committee.
 */
@Component
class Recipients {

    /** A person with an address. */
    record Person(String userId, String email) {
    }

    private final Directory directory;

    Recipients(Directory directory) {
        this.directory = directory;
    }

    /**
     * An agency's people; for the steering committee's own steps (its group acting), its
     * members.
     */
    List<Person> agency(String agencyCode) {
        return Roles.STEERING_COMMITTEE_GROUP.equals(agencyCode) ? steeringCommittee() : members(agencyCode, false);
    }

    List<Person> heads(String agencyCode) {
        return Roles.STEERING_COMMITTEE_GROUP.equals(agencyCode) ? steeringCommittee() : members(agencyCode, true);
    }

    List<Person> coordinator() {
        return directory.coordinatorOn(directory.today()).map(this::agency).orElse(List.of());
    }

    List<Person> steeringCommittee() {
        LocalDate today = directory.today();
        List<Person> people = new ArrayList<>();
        for (RoleBinding seat : directory.steeringCommitteeBindings()) {
            if (seat.userId() != null && seat.isValidOn(today)) {
                directory.emailOf(seat.userId()).ifPresent(email -> people.add(new Person(seat.userId(), email)));
            }
        }
        return people;
    }

    /** The people of several groups, each once. */
    @SafeVarargs
    static List<Person> together(List<Person>... groups) {
        Map<String, Person> byUser = new LinkedHashMap<>();
        for (List<Person> group : groups) {
            group.forEach(person -> byUser.putIfAbsent(person.userId(), person));
        }
        return List.copyOf(byUser.values());
    }

    private List<Person> members(String agencyCode, boolean headsOnly) {
        LocalDate today = directory.today();
        String current = directory.currentAgencyFor(agencyCode);
        List<Person> people = new ArrayList<>();
        for (Member member : directory.members(current)) {
            if (member.isValidOn(today) && member.email() != null && (!headsOnly || member.role() == MemberRole.HEAD)) {
                people.add(new Person(member.userId(), member.email()));
            }
        }
        return people;
    }

}
