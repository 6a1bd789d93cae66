package uk.yos.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One shared Jackson mapper and small helpers. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new DevStackException("Cannot read JSON from " + file + ": " + e.getMessage(), e);
        }
    }

    public static JsonNode read(InputStream in, String what) {
        try (in) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new DevStackException("Cannot read JSON from " + what + ": " + e.getMessage(), e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new DevStackException("Not JSON: " + abbreviate(text, 200), e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new DevStackException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static void write(Object value, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new DevStackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The text of a value or of each value of a list; none for a missing node. For claims Keycloak writes as a string
     * when there is one value and as a list when there are several, such as {@code aud}.
     */
    public static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node == null || node.isMissingNode()) {
            return texts;
        }
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
