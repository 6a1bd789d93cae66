package uk.yos.prevention.referral;

/** Who referred the child (DOMAIN.md, "Prevention and diversion"). */
public enum ReferralSource {
    POLICE, COURT_DIVERSION, SCHOOL, SOCIAL_CARE, FAMILY, SELF
}
