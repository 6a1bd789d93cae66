package uk.yos.victims.crypto;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Startup;

/**
 * The configured data keys, checked when the service starts: without a usable current key the service does not
 * start (production has no default; see {@link DataKeyRing#ENVIRONMENT_VARIABLE}).
 * <p>
 * Keys come from {@code yos.victims.data-keys.<id>} in any configuration source, including environment variables
 * named {@code YOS_VICTIMS_DATA_KEYS_<ID>}, so an operator can add a key for rotation without a rebuild.
 */
@Startup
@ApplicationScoped
public class DataKeys {

    private static final Logger LOG = Logger.getLogger(DataKeys.class);
    private static final String PROPERTY_PREFIX = DataKeyRing.KEYS_PROPERTY + ".";
    private static final String ENV_PREFIX = "YOS_VICTIMS_DATA_KEYS_";

    private final DataKeyRing ring;

    public DataKeys(Config config) {
        Map<String, String> keys = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            String id = keyId(name);
            if (id != null) {
                config.getOptionalValue(PROPERTY_PREFIX + id, String.class).ifPresent(value -> keys.put(id, value));
            }
        }
        String current = config.getOptionalValue(DataKeyRing.KEY_ID_PROPERTY, String.class).orElse(null);
        this.ring = new DataKeyRing(keys, current);
        LOG.infof("Victims' contact details are encrypted with data key '%s' (%d key(s) configured)", current,
                keys.size());
    }

    public DataKeyRing ring() {
        return ring;
    }

    /** The ring of the running application, for JPA converters (which Hibernate, not CDI, creates). */
    static DataKeyRing current() {
        return Arc.container().instance(DataKeys.class).get().ring();
    }

    /**
     * The key id a configuration property name holds a key for, or null: {@code yos.victims.data-keys.k2},
     * {@code %prod.yos.victims.data-keys.k2} and {@code YOS_VICTIMS_DATA_KEYS_K2} all name key {@code k2}.
     */
    static String keyId(String propertyName) {
        String name = propertyName;
        if (name.startsWith("%") && name.indexOf('.') > 0) {
            name = name.substring(name.indexOf('.') + 1);
        }
        if (name.startsWith(PROPERTY_PREFIX) && name.length() > PROPERTY_PREFIX.length()) {
            return name.substring(PROPERTY_PREFIX.length());
        }
        if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
            return name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return null;
    }
}
