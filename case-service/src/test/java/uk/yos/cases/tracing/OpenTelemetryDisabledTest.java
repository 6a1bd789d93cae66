package uk.yos.cases.tracing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.yos.cases.Api;
import uk.yos.testsupport.Persona;

/**
 * {@code QUARKUS_OTEL_SDK_DISABLED=true} (how the benchmark compares tracing with none) turns the OpenTelemetry SDK
 * off at run time, and the service still starts, reads its database through the instrumented datasource and answers.
 */
@QuarkusTest
@TestProfile(OpenTelemetryDisabledTest.SdkDisabled.class)
class OpenTelemetryDisabledTest {

    public static class SdkDisabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "true");
        }
    }

    @Test
    void theServiceAnswersFromItsDatabaseWithTheSdkOff() {
        Api.as(Persona.CASE_MANAGER_NORTH)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/api/v1/reference-data/teams").then().statusCode(200);
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
    }
}
