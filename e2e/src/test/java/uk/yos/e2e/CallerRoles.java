package uk.yos.e2e;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The realm roles each {@link Persona} holds, as the suite's Keycloak puts them in the persona's own access token
 * ({@code realm_access.roles}, what the services' {@code @RolesAllowed} checks), not as a list kept here.
 */
final class CallerRoles {

    private static final Map<Persona, Set<String>> READ = new EnumMap<>(Persona.class);

    private CallerRoles() {
    }

    /** The persona's realm roles; none for {@link Persona#ANONYMOUS}. */
    static synchronized Set<String> of(Persona persona) {
        if (!persona.hasToken()) {
            return Set.of();
        }
        return READ.computeIfAbsent(persona, p -> realmRoles(Suite.get().token(p)));
    }

    /** Whether the persona holds at least one of {@code roles}. */
    static boolean holdsAnyOf(Persona persona, List<String> roles) {
        return of(persona).stream().anyMatch(roles::contains);
    }

    private static Set<String> realmRoles(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("Not a signed JWT: " + parts.length + " parts");
        }
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        List<String> roles = JsonPath.from(claims).getList("realm_access.roles", String.class);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }
}
