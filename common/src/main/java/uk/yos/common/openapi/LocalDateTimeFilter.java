package uk.yos.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes a {@code LocalDateTime} as what the services send: a date and a time of day in England and Wales, with
 * no offset ({@code 2026-12-09T17:30:00}). SmallRye gives it {@code format: date-time}, which is RFC 3339 and
 * requires an offset, so the values broke their own documents and generated clients parsed them as offset
 * date-times. A pattern says exactly what is sent instead.
 */
public class LocalDateTimeFilter implements OASFilter {

    static final String COMPONENT = "LocalDateTime";
    static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";
    /** {@code 2026-12-09T17:30:00.123456789}. */
    static final int MAX_LENGTH = 29;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema schema = openAPI.getComponents().getSchemas().get(COMPONENT);
        if (schema == null || !"date-time".equals(schema.getFormat())) {
            return;
        }
        schema.setFormat(null);
        schema.setPattern(PATTERN);
        schema.setMaxLength(MAX_LENGTH);
        if (schema.getDescription() == null) {
            schema.setDescription("A local date and time in England and Wales, ISO 8601 without an offset");
        }
    }
}
