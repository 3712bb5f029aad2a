package vn.gov.oversight.plan;

import java.util.Optional;

/**
 * Finds an agency of the directory from what a user wrote in a spreadsheet cell: its code
 * ({@code so-y-te}) or its exact name ({@code Sở Y tế}). The caller implements it; a match ignores case
 * and surrounding spaces. The reader has already collapsed inner runs of whitespace and put the text in
 * Unicode NFC, so an implementation only needs to trim and compare case-insensitively.
 */
@FunctionalInterface
interface AgencyResolver {

    /** The agency's code, or empty when no agency has that code or name. */
    Optional<String> codeOf(String codeOrName);
}
