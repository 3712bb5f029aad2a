package vn.gov.oversight.organization;

import java.util.List;

/**
 * Where an item of a predecessor's work goes: one successor (it moves), several (each
 * takes its own copy and the original ends as transferred), or back to the coordinator
 * for re-assignment.
 */
public record Destination(List<String> agencies, boolean returned) {

    public Destination {
        agencies = List.copyOf(agencies);
    }

    static Destination to(String agency) {
        return new Destination(List.of(agency), false);
    }

    static Destination toEach(List<String> agencies) {
        return new Destination(agencies, false);
    }

    static Destination backToCoordinator() {
        return new Destination(List.of(), true);
    }

    public boolean isSingle() {
        return !returned && agencies.size() == 1;
    }

    public String single() {
        return agencies.get(0);
    }
}
