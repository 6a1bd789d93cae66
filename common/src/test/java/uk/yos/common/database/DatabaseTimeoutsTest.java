package uk.yos.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The one bound is split between waiting for a connection and waiting for an answer, and adds up to the bound. */
class DatabaseTimeoutsTest {

    @Test
    void theDefaultFiveSecondsGiveOneToTheConnectionAndFourToTheAnswer() {
        SmallRyeConfig config = configWith(Map.of(DatabaseTimeouts.BOUND, "5"), 100);
        assertEquals(Duration.ofSeconds(1), config.getValue(DatabaseTimeouts.ACQUISITION_TIMEOUT, Duration.class));
        assertEquals(1000, config.getValue(DatabaseTimeouts.CONNECT_TIMEOUT, Integer.class));
        assertEquals(4000, config.getValue(DatabaseTimeouts.SOCKET_TIMEOUT, Integer.class));
    }

    @Test
    void theBoundFromTheEnvironmentIsSplitToo() {
        SmallRyeConfig config = configWith(Map.of(DatabaseTimeouts.BOUND, "30"), 300);
        Duration connection = config.getValue(DatabaseTimeouts.ACQUISITION_TIMEOUT, Duration.class);
        int answer = config.getValue(DatabaseTimeouts.SOCKET_TIMEOUT, Integer.class);
        assertEquals(Duration.ofSeconds(30), connection.plusMillis(answer));
        assertTrue(answer > connection.toMillis());
    }

    @Test
    void aValueSetDirectlyInApplicationPropertiesWins() {
        SmallRyeConfig config = configWith(Map.of(DatabaseTimeouts.BOUND, "5",
                DatabaseTimeouts.SOCKET_TIMEOUT, "600000"), 250);
        assertEquals(600000, config.getValue(DatabaseTimeouts.SOCKET_TIMEOUT, Integer.class));
        assertEquals(Duration.ofSeconds(1), config.getValue(DatabaseTimeouts.ACQUISITION_TIMEOUT, Duration.class));
    }

    @Test
    void aBoundThatIsNotAWholeNumberDerivesNothing() {
        SmallRyeConfig config = configWith(Map.of(DatabaseTimeouts.BOUND, "five"), 100);
        assertTrue(config.getOptionalValue(DatabaseTimeouts.SOCKET_TIMEOUT, String.class).isEmpty());
    }

    private static SmallRyeConfig configWith(Map<String, String> values, int ordinal) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", ordinal))
                .withSources(new DatabaseTimeouts()).build();
    }
}
