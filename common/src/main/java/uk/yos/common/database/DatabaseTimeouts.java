package uk.yos.common.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Splits the one bound on a request's wait for its database, {@code yos.database.timeout-seconds}, between the
 * pool and the driver, which a property expression cannot do (it only concatenates): a fifth for a connection
 * (Agroal's {@code acquisition-timeout}, and Connector/J's {@code connectTimeout}), the rest for each answer
 * (Connector/J's {@code socketTimeout}, which also bounds a new connection's handshake). A request whose database
 * stops answering therefore waits at most the bound in all: for a connection, then for one answer. A connection is
 * normally handed out in microseconds, so most of the bound is left to the answer.
 * <p>
 * The derived values sit just above common's defaults and below application.properties and the environment, so
 * either can still set one of them directly. A bound that is not a whole number derives nothing; DatabaseSettings
 * then refuses it at start.
 */
public class DatabaseTimeouts implements ConfigSourceFactory {

    static final String BOUND = "yos.database.timeout-seconds";
    static final String ACQUISITION_TIMEOUT = "quarkus.datasource.jdbc.acquisition-timeout";
    static final String SOCKET_TIMEOUT = "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout";
    static final String CONNECT_TIMEOUT = "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout";
    /** Above META-INF/microprofile-config.properties (100), below application.properties (250). */
    private static final int ORDINAL = 150;
    private static final int CONNECTION_SHARE_DIVISOR = 5;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue bound = context.getValue(BOUND);
        if (bound == null || bound.getValue() == null) {
            return List.of();
        }
        long boundMillis;
        try {
            boundMillis = Long.parseLong(bound.getValue().trim()) * 1000;
        } catch (NumberFormatException e) {
            return List.of();
        }
        long forConnection = boundMillis / CONNECTION_SHARE_DIVISOR;
        long forAnswer = boundMillis - forConnection;
        return List.of(new PropertiesConfigSource(Map.of(
                ACQUISITION_TIMEOUT, Duration.ofMillis(forConnection).toString(),
                CONNECT_TIMEOUT, Long.toString(forConnection),
                SOCKET_TIMEOUT, Long.toString(forAnswer)), "yos database timeouts (from " + BOUND + ")", ORDINAL));
    }
}
