package uk.yos.prevention.referral;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import uk.yos.common.problem.ProblemException;
import uk.yos.web.problem.ProblemType;
import uk.yos.web.security.Caller;
import uk.yos.web.security.Roles;

/**
 * Who may see which referral, as an HQL predicate so lists and single reads apply the same rule in the database:
 * a prevention worker sees every referral; the head of service reads every referral, in full, in every area, but
 * changes none (the resources allow it only the reads); a police referrer only those its own organisation (the
 * token's {@code organisation} claim) made, and only their status.
 */
@RequestScoped
public class ReferralAccess {

    @Inject
    Caller caller;

    /** A prevention worker (whatever other roles the token has): every referral, in full. */
    public boolean isWorker() {
        return caller.hasRole(Roles.PREVENTION_WORKER);
    }

    /**
     * Reads every referral in full, child included: a prevention worker, or the head of service (read only; no team
     * or organisation scoping, as in case-service).
     */
    public boolean readsEverything() {
        return isWorker() || caller.hasRole(Roles.HEAD_OF_SERVICE);
    }

    /**
     * The organisation a police referrer acts for. A police-referrer token without one is refused outright: it
     * could neither create a referral nor be told which ones are its own.
     */
    public String policeOrganisation() {
        return caller.organisation().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Your token names no organisation, so you cannot make or follow referrals"));
    }

    /** Referrals the caller may see; {@code r} is the referral alias. */
    public Predicate referrals(String r) {
        if (readsEverything()) {
            return new Predicate("1 = 1", Map.of());
        }
        if (caller.hasRole(Roles.POLICE_REFERRER)) {
            return new Predicate(r + ".referringOrganisation = :accessOrganisation",
                    Map.of("accessOrganisation", policeOrganisation()));
        }
        return new Predicate("1 = 0", Map.of());
    }

    public boolean canSee(PreventionReferral referral) {
        if (readsEverything()) {
            return true;
        }
        return caller.hasRole(Roles.POLICE_REFERRER) && referral.referringOrganisation.equals(policeOrganisation());
    }

    /** An HQL condition and its named parameters. */
    public record Predicate(String hql, Map<String, Object> parameters) {
    }
}
