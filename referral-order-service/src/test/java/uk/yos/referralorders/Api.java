package uk.yos.referralorders;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.Tokens;

/** Requests as a persona, with a real signed token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Persona persona) {
        return with(persona.token());
    }

    /** A panel volunteer signed in with their own account ({@code sub}), as linked to a volunteer record. */
    public static RequestSpecification asVolunteer(String subject) {
        return with(Tokens.builder(Persona.PANEL_VOLUNTEER).claim("sub", subject).sign());
    }

    public static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
