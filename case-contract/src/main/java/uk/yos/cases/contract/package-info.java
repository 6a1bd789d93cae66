/**
 * What other YOS services need of case-service, in one place for both sides: case-service answers with these types
 * and its OpenAPI document describes them; referral-order-service, victim-service and prevention-service read and
 * send them through common-client's {@code uk.yos.common.client.caseservice}; test-support's {@code CaseServiceStub}
 * builds its answers from them. Changing a type here changes the provider, every consumer and every consumer's
 * stubs together.
 *
 * <ul>
 * <li>{@link uk.yos.cases.contract.CaseReference}: the case summary a case id is checked against;</li>
 * <li>{@link uk.yos.cases.contract.DiversionIntakeRequest} and {@link uk.yos.cases.contract.DiversionIntake}: a
 * prevention decision that opens a case, and the case it opened;</li>
 * <li>{@link uk.yos.cases.contract.Ethnicity}, {@link uk.yos.cases.contract.Gender} and
 * {@link uk.yos.cases.contract.PncIds}: values both services record about a child.</li>
 * </ul>
 *
 * Types only: no Quarkus extension, so case-service depends on it without gaining a REST client.
 */
package uk.yos.cases.contract;
