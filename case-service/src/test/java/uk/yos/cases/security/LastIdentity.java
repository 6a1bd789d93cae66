package uk.yos.cases.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Test only: remembers the identity the last authenticated request got, as the application then sees it. */
@ApplicationScoped
public class LastIdentity implements SecurityIdentityAugmentor {

    private volatile SecurityIdentity last;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        last = identity;
        return Uni.createFrom().item(identity);
    }

    public SecurityIdentity get() {
        return last;
    }
}
