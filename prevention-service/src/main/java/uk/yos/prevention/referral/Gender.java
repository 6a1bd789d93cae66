package uk.yos.prevention.referral;

/** As case-service records it, so a child can be passed on unchanged. */
public enum Gender {
    MALE, FEMALE, NON_BINARY, NOT_KNOWN, NOT_STATED
}
