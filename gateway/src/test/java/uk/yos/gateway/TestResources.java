package uk.yos.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The module's test resources (global to all its tests): a signing OIDC server and the upstream stubs. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(UpstreamStubs.class)
public final class TestResources {

    private TestResources() {
    }
}
