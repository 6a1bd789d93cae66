package uk.yos.victims.contact;

public enum ContactMethod {
    PHONE,
    TEXT_MESSAGE,
    EMAIL,
    LETTER,
    IN_PERSON,
    VIDEO_CALL
}
