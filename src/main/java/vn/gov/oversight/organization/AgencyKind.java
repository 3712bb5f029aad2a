package vn.gov.oversight.organization;

/** What kind of body an agency is. */
public enum AgencyKind {

    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** UBND huyện, thành phố, xã, phường. */
    LOCAL_COMMITTEE,
    /** Mặt trận Tổ quốc and the mass organisations. */
    MASS_ORGANISATION,
    /** Any other body: the Social Policy Bank branch, social insurance, statistics. */
    OTHER,
    /** Ban chỉ đạo. */
    STEERING_COMMITTEE,
    /** UBND tỉnh. */
    PROVINCIAL_COMMITTEE

}
