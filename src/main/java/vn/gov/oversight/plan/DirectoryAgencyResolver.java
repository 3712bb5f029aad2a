package vn.gov.oversight.plan;

import java.util.Optional;

import vn.gov.oversight.organization.AgencyNameLookup;

/**
 * Resolves appendix cells against the directory's names, aliases and phrases on the
 * plan's date.
 */
final class DirectoryAgencyResolver implements AgencyResolver {

    private final AgencyNameLookup lookup;

    DirectoryAgencyResolver(AgencyNameLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Optional<String> codeOf(String codeOrName) {
        return resolve(codeOrName) instanceof Resolution.Agency agency ? Optional.of(agency.code()) : Optional.empty();
    }

    @Override
    public Resolution resolve(String written) {
        AgencyNameLookup.Match match = lookup.resolve(written);
        if (match instanceof AgencyNameLookup.One one) {
            return new Resolution.Agency(one.code());
        }
        if (match instanceof AgencyNameLookup.Several several) {
            return new Resolution.Phrase(several.phrase(), several.codes(), several.vague());
        }
        return new Resolution.Unknown(((AgencyNameLookup.Unknown) match).suggestions()
            .stream()
            .map(suggestion -> new Suggestion(suggestion.code(), suggestion.name()))
            .toList());
    }

}
