package uk.yos.common.openapi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import uk.yos.common.paging.PageRequest;

/**
 * Writes down the bounds the services already enforce but the generated schemas leave out, so that every string
 * has a maximum length and every list page and number a range, as the API conventions require of every service:
 * <ul>
 * <li>a date, date-time or UUID string is as long as its format allows (RFC 3339, RFC 9562);</li>
 * <li>a string whose {@code @Pattern} bounds its length (Bean Validation matches the whole value) gets that
 * length;</li>
 * <li>the {@code Idempotency-Key} and {@code If-Match} headers get the form the services accept;</li>
 * <li>a page (with {@code items, page, size, totalItems}) gets {@link PageRequest}'s limits.</li>
 * </ul>
 * A bound a schema already declares is never changed.
 */
public class SchemaBoundsFilter implements OASFilter {

    /** The highest {@code page} {@link PageRequest} accepts (its {@code @Max}). */
    static final int MAX_PAGE = 100_000;
    /** {@code IdempotentCreation}'s rule for the key. */
    static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9._:-]{1,100}$";
    /** A strong ETag as the services write it: the record's version in quotes. */
    static final String ETAG_PATTERN = "^\"[0-9]{1,19}\"$";

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of(
            "date", 10, // 2026-11-02
            "date-time", 35, // 2026-11-02T10:15:30.123456789+01:00
            "uuid", 36);
    /** What SmallRye writes for {@code @NotBlank}: "contains a non-space", not a whole-value pattern. */
    private static final String NOT_BLANK = "\\S";
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "totalItems");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<Schema> schemas = Collections.newSetFromMap(new IdentityHashMap<>());
        forEachSchema(openAPI, schema -> collect(schema, schemas));
        schemas.forEach(SchemaBoundsFilter::boundString);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(SchemaBoundsFilter::boundPage);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(SchemaBoundsFilter::boundHeader);
                        }
                    }));
        }
    }

    private static void boundString(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(SchemaType.STRING) || schema.getMaxLength() != null
                || schema.getEnumeration() != null) {
            return;
        }
        Integer length = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
        if (length == null && schema.getPattern() != null && !NOT_BLANK.equals(schema.getPattern())) {
            OptionalInt fromPattern = PatternLengths.maxLength(schema.getPattern());
            length = fromPattern.isPresent() ? fromPattern.getAsInt() : null;
        }
        schema.setMaxLength(length);
    }

    private static void boundPage(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || !properties.keySet().containsAll(PAGE_PROPERTIES)) {
            return;
        }
        Schema items = properties.get("items");
        if (items.getMaxItems() == null) {
            items.setMaxItems(PageRequest.MAX_SIZE);
        }
        range(properties.get("page"), 0, MAX_PAGE);
        range(properties.get("size"), 1, PageRequest.MAX_SIZE);
        range(properties.get("totalItems"), 0, Long.MAX_VALUE);
    }

    private static void range(Schema schema, long minimum, long maximum) {
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(minimum));
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(maximum));
        }
    }

    private static void boundHeader(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() != Parameter.In.HEADER || schema == null || schema.getMaxLength() != null) {
            return;
        }
        if ("Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
            schema.maxLength(100).pattern(IDEMPOTENCY_KEY_PATTERN);
        } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
            schema.maxLength(21).pattern(ETAG_PATTERN);
        }
    }

    /** Every schema of the document, nested ones included. */
    private static void collect(Schema schema, Set<Schema> into) {
        if (schema == null || !into.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, into));
        }
        collect(schema.getItems(), into);
        collect(schema.getAdditionalPropertiesSchema(), into);
        collect(schema.getNot(), into);
        for (List<Schema> group : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getAnyOf()),
                nullToEmpty(schema.getOneOf()), nullToEmpty(schema.getPrefixItems()))) {
            group.forEach(member -> collect(member, into));
        }
    }

    /** The top-level schemas: components, parameters, bodies, responses and their headers. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        if (openAPI.getComponents() != null) {
            if (openAPI.getComponents().getSchemas() != null) {
                openAPI.getComponents().getSchemas().values().forEach(action);
            }
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(header -> action.accept(header.getSchema()));
            }
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> action.accept(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), action);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    contentSchemas(response.getContent(), action);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(header -> action.accept(header.getSchema()));
                    }
                });
            }
        }));
    }

    private static void contentSchemas(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> action.accept(mediaType.getSchema()));
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
