package uk.yos.prevention.referral;

/** Who referred the child: police, a court diverting the child, a school, social care, the family or the child. */
public enum ReferralSource {
    POLICE, COURT_DIVERSION, SCHOOL, SOCIAL_CARE, FAMILY, SELF
}
