package uk.yos.gateway;

import java.util.UUID;

import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/** Tokens for callers no other test uses, so that rate limits never couple tests. */
final class Callers {

    private Callers() {
    }

    /** A valid token of a new user (a case manager signed in through the web client). */
    static String newUser() {
        return newUser(Persona.CASE_MANAGER_NORTH);
    }

    static String newUser(Persona persona) {
        return Tokens.builder(persona).claim("sub", UUID.randomUUID().toString()).sign();
    }
}
