package uk.yos.devstack.seed;

import java.time.LocalDate;

/** A child written to case-service, as the other services' records refer to them. */
record SeededChild(byte[] id, String pncId, String givenName, String familyName, LocalDate dateOfBirth,
                   String gender, String ethnicity, String localityCode, String areaCode, boolean inCare, boolean send,
                   boolean ehcp) {
}
