package uk.yos.cases.realm;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RealKeycloakResource.class));
    }
}
