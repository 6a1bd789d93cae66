package uk.yos.common.database;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/** Adds {@link MigrationWaitBound} to the callbacks of the Flyway that Quarkus builds for the datasource. */
@ApplicationScoped
public class MigrationWaitBoundRegistration implements FlywayConfigurationCustomizer {

    private final DatabaseSettings settings;

    public MigrationWaitBoundRegistration(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        // Keeps any callbacks configured already (quarkus.flyway.callbacks): setting the list replaces it.
        List<Callback> callbacks = new ArrayList<>(List.of(configuration.getCallbacks()));
        callbacks.add(new MigrationWaitBound(settings));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
