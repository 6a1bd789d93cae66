package uk.yos.prevention.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.yos.common.idempotency.IdempotencyPurge;
import uk.yos.prevention.Api;
import uk.yos.prevention.Db;
import uk.yos.prevention.Fixtures;
import uk.yos.testsupport.Persona;
import uk.yos.testsupport.TestClock;

/**
 * An Idempotency-Key replays the first answer for 24 hours ({@code yos.idempotency.retention=PT24H}); after that
 * the same key and body create again, and the purge removes the stored answer.
 */
@QuarkusTest
class IdempotencyExpiryTest {

    private static final String PATH = Fixtures.PATH;
    private static final Persona POLICE = Persona.POLICE_REFERRER;
    private static final Duration RETENTION = Duration.ofHours(24);
    /** Short of the window by more than a slow request takes, so "just before" stays before. */
    private static final Duration JUST_BEFORE = RETENTION.minusMinutes(1);
    private static final Duration JUST_AFTER = RETENTION.plusSeconds(1);

    @Inject
    IdempotencyPurge purge;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aKeyReplaysTheFirstReferralForTwentyFourHoursAndThenCreatesANewOne() {
        String key = Fixtures.uniqueKey();
        Map<String, Object> body = Fixtures.policeReferral();
        Response first = post(key, body);
        String id = first.then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        long referrals = Db.rows("prevention_referral");

        TestClock.advance(JUST_BEFORE);
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .body("id", equalTo(id)).body("reference", equalTo(first.path("reference")));
        assertEquals(referrals, Db.rows("prevention_referral"));

        TestClock.advance(JUST_AFTER.minus(JUST_BEFORE));
        Response again = post(key, body);
        String second = again.then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(id))).extract().path("id");
        assertEquals(referrals + 1, Db.rows("prevention_referral"));
        // The new referral is now the one the key replays.
        post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", again.header("Location")).body("id", equalTo(second));
        assertEquals(referrals + 1, Db.rows("prevention_referral"));
        assertEquals(1, storedAnswers(key));
    }

    @Test
    void thePurgeDeletesTheStoredAnswerOnlyOnceItsTwentyFourHoursHavePassed() {
        String key = Fixtures.uniqueKey();
        post(key, Fixtures.policeReferral()).then().statusCode(201);
        assertEquals(1, storedAnswers(key));

        TestClock.advance(JUST_BEFORE);
        purge.purgeExpired();
        assertEquals(1, storedAnswers(key), "still within its window");

        TestClock.advance(JUST_AFTER.minus(JUST_BEFORE));
        purge.purgeExpired();
        assertEquals(0, storedAnswers(key), "its window has passed");
    }

    private static Response post(String key, Map<String, Object> body) {
        return Api.as(POLICE).header("Idempotency-Key", key).body(body).post(PATH);
    }

    private static long storedAnswers(String key) {
        return Db.count("select count(*) from idempotency_record where caller = ? and idempotency_key = ?",
                POLICE.subject(), key);
    }
}
