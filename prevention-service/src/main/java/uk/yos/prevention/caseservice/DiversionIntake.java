package uk.yos.prevention.caseservice;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** case-service's answer to a diversion intake: the same for the first call (201) and every replay (200). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiversionIntake(UUID caseId, UUID youngPersonId, boolean youngPersonMatched, String sourceReference) {
}
