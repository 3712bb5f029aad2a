package vn.gov.oversight.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.gov.oversight.organization.AgencyKind;

/**
 * What each regime says beyond Decree 09/2019's dates: which kinds of agency report under it (when a period
 * is opened without a list of agencies) and who receives the consolidation besides the coordinator. Under
 * {@code oversight.reporting.regimes.<KIND>}; a regime left out takes the defaults (the local People's
 * Committees report; the steering committee receives the preliminary and final reviews).
 */
@ConfigurationProperties("oversight.reporting")
record RegimeSettings(Map<RegimeKind, Regime> regimes) {

    record Regime(List<AgencyKind> reporters, Boolean steeringCommitteeReceives) {
    }

    List<AgencyKind> reportersOf(RegimeKind kind) {
        Regime regime = regimes == null ? null : regimes.get(kind);
        return regime == null || regime.reporters() == null || regime.reporters().isEmpty()
                ? List.of(AgencyKind.LOCAL_COMMITTEE) : regime.reporters();
    }

    boolean steeringCommitteeReceives(RegimeKind kind) {
        Regime regime = regimes == null ? null : regimes.get(kind);
        return regime == null || regime.steeringCommitteeReceives() == null
                ? kind == RegimeKind.PRELIMINARY_REVIEW || kind == RegimeKind.FINAL_REVIEW
                : regime.steeringCommitteeReceives();
    }
}
