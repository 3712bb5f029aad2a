package vn.gov.oversight.organization;

/** Another name of an agency ("Sở LĐ-TB&XH" for {@code so-ldtbxh}), and who added it. */
record AgencyAlias(long id, String agencyCode, String alias, String createdBy) {
}
