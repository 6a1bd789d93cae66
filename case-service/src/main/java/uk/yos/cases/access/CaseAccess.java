package uk.yos.cases.access;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import uk.yos.cases.caserecord.CaseType;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

/**
 * The object-level rules of case-service as HQL predicates, so that lists and single reads apply exactly the
 * same rule in the database: a record outside the caller's scope is never loaded into a response.
 */
@RequestScoped
public class CaseAccess {

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    public AccessScope scope() {
        if (caller.hasRole(Roles.HEAD_OF_SERVICE)) {
            return AccessScope.ALL;
        }
        if (caller.hasRole(Roles.CASE_MANAGER)) {
            return AccessScope.TEAM_OR_ALLOCATED;
        }
        if (caller.hasRole(Roles.OPERATIONS_MANAGER)) {
            return AccessScope.TEAM;
        }
        return AccessScope.NONE;
    }

    /** Cases the caller may see; {@code c} is the case alias. */
    public Predicate cases(String c) {
        return casesBy(c + ".owningTeamCode", c + ".id");
    }

    /**
     * Records of cases the caller may see, by the record's copy of the case's team and its case id (the work
     * ledger keeps both), with the same rule as {@link #cases}.
     */
    public Predicate casesBy(String teamProperty, String caseIdProperty) {
        Map<String, Object> params = new HashMap<>();
        String team = teamClause(teamProperty, params);
        return switch (scope()) {
            case ALL -> Predicate.ALWAYS;
            case TEAM -> new Predicate(team, params);
            case TEAM_OR_ALLOCATED -> new Predicate("(" + team + " or " + allocatedTo(caseIdProperty, params) + ")",
                    params);
            case NONE -> Predicate.NEVER;
        };
    }

    /**
     * Children the caller may see; {@code yp} is the young-person alias. A child is visible through their own
     * team or through any case the caller may see. Each way in is its own {@code exists}, each with a selective
     * index (the team's cases; the worker's current allocations): one {@code exists} over "the team's or allocated"
     * cases made MySQL and MariaDB read every case in the table to answer it.
     */
    public Predicate youngPeople(String yp) {
        Map<String, Object> params = new HashMap<>();
        String team = teamClause(yp + ".teamCode", params);
        String teamCase = "exists (select 1 from CaseRecord vc where vc.youngPersonId = " + yp + ".id and "
                + teamClause("vc.owningTeamCode", params) + ")";
        return switch (scope()) {
            case ALL -> Predicate.ALWAYS;
            case TEAM -> new Predicate("(" + team + " or " + teamCase + ")", params);
            case TEAM_OR_ALLOCATED -> new Predicate("(" + team + " or " + teamCase + " or " + allocatedCase(yp, params)
                    + ")", params);
            case NONE -> Predicate.NEVER;
        };
    }

    /**
     * Cases the caller may refer to by id from another service ({@code GET /cases/{id}/summary}), wider than
     * {@link #cases}: an RJ worker may link a victim to any case, a panel coordinator may hold any referral order.
     * With several roles the caller gets the union. {@code c} is the case alias.
     */
    public Predicate referableCases(String c) {
        if (caller.hasRole(Roles.RJ_WORKER)) {
            return Predicate.ALWAYS;
        }
        Predicate referable = cases(c);
        if (caller.hasRole(Roles.PANEL_COORDINATOR)) {
            referable = referable.or(new Predicate(c + ".caseType = :accessReferralOrder",
                    Map.of("accessReferralOrder", CaseType.REFERRAL_ORDER)));
        }
        return referable;
    }

    public boolean canSeeCase(UUID id) {
        return matches("CaseRecord", "c", id, cases("c"));
    }

    public boolean canReferToCase(UUID id) {
        return matches("CaseRecord", "c", id, referableCases("c"));
    }

    public boolean canSeeYoungPerson(UUID id) {
        return matches("YoungPerson", "yp", id, youngPeople("yp"));
    }

    /** Asks the database, with the same predicate lists use, whether the record is within the caller's scope. */
    private boolean matches(String entity, String alias, UUID id, Predicate predicate) {
        TypedQuery<Long> query = entityManager.createQuery("select count(*) from " + entity + " " + alias
                + " where " + alias + ".id = :id and " + predicate.hql(), Long.class).setParameter("id", id);
        predicate.parameters().forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    /** The caller's team, or a clause that matches nothing when the token has no team. */
    private String teamClause(String property, Map<String, Object> params) {
        return caller.team().map(team -> {
            params.put("accessTeam", team);
            return property + " = :accessTeam";
        }).orElse("1 = 0");
    }

    /** A case of the child's that is currently allocated to the caller; {@code yp} is the young-person alias. */
    private String allocatedCase(String yp, Map<String, Object> params) {
        params.put("accessWorker", caller.subject());
        return "exists (select 1 from Allocation va, CaseRecord ac where ac.id = va.caseId and ac.youngPersonId = "
                + yp + ".id and va.workerId = :accessWorker and va.endDate is null)";
    }

    private String allocatedTo(String caseIdProperty, Map<String, Object> params) {
        params.put("accessWorker", caller.subject());
        return "exists (select 1 from Allocation va where va.caseId = " + caseIdProperty
                + " and va.workerId = :accessWorker and va.endDate is null)";
    }

    /** An HQL condition and its named parameters. */
    public record Predicate(String hql, Map<String, Object> parameters) {
        static final Predicate ALWAYS = new Predicate("1 = 1", Map.of());
        static final Predicate NEVER = new Predicate("1 = 0", Map.of());

        /** Either condition; parameter names must not clash (each rule uses its own "access..." names). */
        Predicate or(Predicate other) {
            Map<String, Object> both = new HashMap<>(parameters);
            both.putAll(other.parameters);
            return new Predicate("(" + hql + " or " + other.hql + ")", both);
        }
    }
}
