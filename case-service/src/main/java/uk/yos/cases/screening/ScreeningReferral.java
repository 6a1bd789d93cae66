package uk.yos.cases.screening;

/** Where concerns found by a screening were referred. */
public enum ScreeningReferral {
    NATIONAL_REFERRAL_MECHANISM,
    EXPLOITATION_PANEL,
    CHILDRENS_SOCIAL_CARE,
    POLICE,
    OTHER
}
