package uk.yos.prevention;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.yos.testsupport.Persona;

/** Requests as a persona, with a real signed token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(Persona persona) {
        return withToken(persona.token());
    }

    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
