package uk.yos.gateway.edge;

/**
 * The problems the gateway answers itself, with the same type URIs and titles as the services' problems. A copy of
 * the five it needs from common's {@code uk.yos.common.problem.ProblemType} rather than a dependency on common, which
 * brings Hibernate ORM and a datasource the gateway has no use for: change a title in both places.
 */
public enum ProblemType {
    UNAUTHENTICATED(401, "Authentication required"),
    NOT_FOUND(404, "Not found"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:yos:problem:" + name().toLowerCase().replace('_', '-');
    }
}
