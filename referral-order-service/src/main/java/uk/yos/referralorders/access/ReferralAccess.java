package uk.yos.referralorders.access;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

/**
 * Who may see which referral order and panel:
 * <ul>
 * <li>panel-coordinator: everything;</li>
 * <li>case-manager, operations-manager, head-of-service: the orders and panels of a case that case-service shows them
 * (asked with their own token, see common-client's {@code CaseService}); their lists must name the case;</li>
 * <li>panel-volunteer: the panels they sit on (their token's {@code sub} is a member volunteer's
 * {@code userSubject}) and the contracts of those panels' orders.</li>
 * </ul>
 * The volunteer rule is an HQL predicate so lists and single reads apply it identically in the database.
 */
@RequestScoped
public class ReferralAccess {

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    public boolean isCoordinator() {
        return caller.hasRole(Roles.PANEL_COORDINATOR);
    }

    /** Reads orders and panels through case-service's view of the case. */
    public boolean readsThroughCase() {
        return !isCoordinator() && (caller.hasRole(Roles.CASE_MANAGER) || caller.hasRole(Roles.OPERATIONS_MANAGER)
                || caller.hasRole(Roles.HEAD_OF_SERVICE));
    }

    /** Sees the panels they sit on (and, with a case role too, whatever that role shows them). */
    public boolean isVolunteer() {
        return !isCoordinator() && caller.hasRole(Roles.PANEL_VOLUNTEER);
    }

    /** Panels the calling volunteer sits on; {@code p} is the panel alias. */
    public Predicate panelsSatOn(String p) {
        String subject = caller.subject();
        if (subject == null) {
            return new Predicate("1 = 0", Map.of());
        }
        return new Predicate("exists (select 1 from PanelMember am, Volunteer av where am.panel.id = " + p
                + ".id and av.id = am.volunteerId and av.userSubject = :accessSubject)",
                Map.of("accessSubject", subject));
    }

    public boolean sitsOnPanel(UUID panelId) {
        return count("select count(*) from Panel p where p.id = :id and ", panelId, panelsSatOn("p")) > 0;
    }

    /** The calling volunteer sits on a panel (not cancelled) of this order. */
    public boolean sitsOnPanelOfOrder(UUID orderId) {
        return count("select count(*) from Panel p where p.referralOrderId = :id and p.status <> "
                + "uk.yos.referralorders.panel.PanelStatus.CANCELLED and ", orderId, panelsSatOn("p")) > 0;
    }

    private long count(String hqlPrefix, UUID id, Predicate predicate) {
        TypedQuery<Long> query = entityManager.createQuery(hqlPrefix + predicate.hql(), Long.class)
                .setParameter("id", id);
        predicate.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** An HQL condition and its named parameters. */
    public record Predicate(String hql, Map<String, Object> parameters) {
    }
}
