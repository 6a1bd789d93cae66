package uk.yos.victims;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import uk.yos.testsupport.CaseServiceStub;

/**
 * Base of every test class: case-service's stub starts each test empty (unknown cases answer 404) and its circuit
 * breaker closed, whatever the test before did.
 */
public abstract class StubbedCaseService {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void resetCaseService() {
        CaseServiceStub.reset();
        circuitBreakers.resetAll();
    }
}
