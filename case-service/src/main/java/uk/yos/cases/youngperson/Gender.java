package uk.yos.cases.youngperson;

public enum Gender {
    MALE, FEMALE, NON_BINARY, NOT_KNOWN, NOT_STATED
}
