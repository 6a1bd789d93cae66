package uk.yos.cases.contract;

/** A child's gender as case-service records it; prevention-service records the same values, to pass a child on unchanged. */
public enum Gender {
    MALE, FEMALE, NON_BINARY, NOT_KNOWN, NOT_STATED
}
