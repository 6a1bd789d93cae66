package uk.yos.web.security;

/**
 * The Keycloak realm roles, as defined in the realm file under {@code k8s/keycloak/}. Constants so
 * {@code @RolesAllowed} cannot misspell one.
 */
public final class Roles {

    public static final String CASE_MANAGER = "case-manager";
    public static final String OPERATIONS_MANAGER = "operations-manager";
    public static final String HEAD_OF_SERVICE = "head-of-service";
    public static final String RJ_WORKER = "rj-worker";
    public static final String PANEL_COORDINATOR = "panel-coordinator";
    public static final String PANEL_VOLUNTEER = "panel-volunteer";
    public static final String PREVENTION_WORKER = "prevention-worker";
    public static final String POLICE_REFERRER = "police-referrer";
    public static final String PERFORMANCE_ANALYST = "performance-analyst";
    public static final String PARTNER_AGENCY = "partner-agency";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
