package uk.yos.e2e;

/**
 * Who calls: the 13 demo users of the dev realm (one per role, two teams for the team-scoped roles; password grant
 * on {@code yos-dev-cli}), the police partner system ({@code yos-partner-police}, client credentials) and nobody
 * (no token). The subjects are the fixed ids of {@code k8s/keycloak/dev/yos-dev-additions.json}.
 */
public enum Persona {
    CASE_MANAGER_NORTH("case-manager-north", "6f1c2a80-0000-4000-8000-000000000001", "Casey Northdemo"),
    CASE_MANAGER_WEST("case-manager-west", "6f1c2a80-0000-4000-8000-000000000002", "Carys Westdemo"),
    OPERATIONS_MANAGER_NORTH("operations-manager-north", "6f1c2a80-0000-4000-8000-000000000003", "Olly Northdemo"),
    OPERATIONS_MANAGER_WEST("operations-manager-west", "6f1c2a80-0000-4000-8000-000000000004", "Olwen Westdemo"),
    HEAD_OF_SERVICE("head-of-service", "6f1c2a80-0000-4000-8000-000000000005", "Harper Demohead"),
    RJ_WORKER("rj-worker", "6f1c2a80-0000-4000-8000-000000000006", "Robin Demorestore"),
    PANEL_COORDINATOR("panel-coordinator", "6f1c2a80-0000-4000-8000-000000000007", "Pat Demopanel"),
    PANEL_VOLUNTEER("panel-volunteer", "6f1c2a80-0000-4000-8000-000000000008", "Val Demovolunteer"),
    PREVENTION_WORKER("prevention-worker", "6f1c2a80-0000-4000-8000-000000000009", "Piper Demoprevent"),
    POLICE_REFERRER("police-referrer", "6f1c2a80-0000-4000-8000-000000000010", "Percy Democonstable"),
    PERFORMANCE_ANALYST("performance-analyst", "6f1c2a80-0000-4000-8000-000000000011", "Ana Demometrics"),
    PARTNER_AGENCY("partner-agency", "6f1c2a80-0000-4000-8000-000000000012", "Parker Demopartner"),
    ADMIN("admin", "6f1c2a80-0000-4000-8000-000000000013", "Addy Demoadmin"),
    /** The police partner system: client credentials of {@code yos-partner-police} (role police-referrer). */
    POLICE_CLIENT("yos-partner-police", "6f1c2a80-0000-4000-8000-000000000014", "yos-partner-police"),
    /** No Authorization header at all. */
    ANONYMOUS(null, null, null);

    private final String username;
    private final String subject;
    private final String displayName;

    Persona(String username, String subject, String displayName) {
        this.username = username;
        this.subject = subject;
        this.displayName = displayName;
    }

    /** The demo user's name, the client id for {@link #POLICE_CLIENT}, null for {@link #ANONYMOUS}. */
    public String username() {
        return username;
    }

    /** The token's {@code sub}: what case-service records as a worker id and referral-order-service links volunteers by. */
    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isClient() {
        return this == POLICE_CLIENT;
    }

    public boolean hasToken() {
        return this != ANONYMOUS;
    }
}
