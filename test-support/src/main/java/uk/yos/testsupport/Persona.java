package uk.yos.testsupport;

import java.util.List;
import java.util.Optional;

/**
 * The users (and one client) of the suite, one per domain role, as the Keycloak realm knows them. Subject ids and
 * usernames match the realm's demo users, so the same names work against {@code OidcWiremockTestResource} and
 * against the real Keycloak of the e2e tests.
 * <p>
 * {@code given().auth().oauth2(Persona.CASE_MANAGER_NORTH.token())} calls a service as that user.
 */
public enum Persona {

    CASE_MANAGER_NORTH(1, "case-manager-north", "case-manager", "NORTH_OOC", Organisations.YOS),
    CASE_MANAGER_WEST(2, "case-manager-west", "case-manager", "WEST_OOC", Organisations.YOS),
    OPERATIONS_MANAGER_NORTH(3, "operations-manager-north", "operations-manager", "NORTH_OOC", Organisations.YOS),
    OPERATIONS_MANAGER_WEST(4, "operations-manager-west", "operations-manager", "WEST_OOC", Organisations.YOS),
    HEAD_OF_SERVICE(5, "head-of-service", "head-of-service", null, Organisations.YOS),
    RJ_WORKER(6, "rj-worker", "rj-worker", "OTHER_SUPPORT", Organisations.YOS),
    PANEL_COORDINATOR(7, "panel-coordinator", "panel-coordinator", "OTHER_SUPPORT", Organisations.YOS),
    PANEL_VOLUNTEER(8, "panel-volunteer", "panel-volunteer", null, Organisations.YOS),
    PREVENTION_WORKER(9, "prevention-worker", "prevention-worker", "NORTH_OOC", Organisations.YOS),
    POLICE_REFERRER(10, "police-referrer", "police-referrer", null, Organisations.POLICE),
    PERFORMANCE_ANALYST(11, "performance-analyst", "performance-analyst", null, Organisations.YOS),
    PARTNER_AGENCY(12, "partner-agency", "partner-agency", null, "NHS_HEALTH"),
    ADMIN(13, "admin", "admin", null, Organisations.YOS),
    /** The police's system, calling with client credentials: Keycloak names its service account after the client. */
    POLICE_PARTNER_CLIENT(14, "service-account-yos-partner-police", "police-referrer", null, Organisations.POLICE,
            "yos-partner-police");

    /** The browser client human users sign in through. */
    public static final String WEB_CLIENT = "yos-web";

    private final String subject;
    private final String username;
    private final List<String> roles;
    private final String team;
    private final String organisation;
    private final String clientId;

    Persona(int number, String username, String role, String team, String organisation) {
        this(number, username, role, team, organisation, WEB_CLIENT);
    }

    Persona(int number, String username, String role, String team, String organisation, String clientId) {
        this.subject = String.format("6f1c2a80-0000-4000-8000-%012d", number);
        this.username = username;
        this.roles = List.of(role);
        this.team = team;
        this.organisation = organisation;
        this.clientId = clientId;
    }

    /** The fixed {@code sub}: the same in every run, so tests can look for it in audit rows. */
    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    /** Keycloak realm roles, sent as {@code realm_access.roles}. */
    public List<String> roles() {
        return roles;
    }

    /** The {@code team} claim; empty for people who belong to no case-holding team. */
    public Optional<String> team() {
        return Optional.ofNullable(team);
    }

    public String organisation() {
        return organisation;
    }

    /** {@code azp}: the OAuth client the token was issued to. */
    public String clientId() {
        return clientId;
    }

    /** True for a client-credentials caller (no human behind it). */
    public boolean isServiceAccount() {
        return !WEB_CLIENT.equals(clientId);
    }

    /** A valid signed access token for this persona; see {@link Tokens}. */
    public String token() {
        return Tokens.of(this);
    }

    private static final class Organisations {
        static final String YOS = "YOS";
        static final String POLICE = "NORTHAMPTONSHIRE_POLICE";
    }
}
