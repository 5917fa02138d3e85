package org.scikg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scikg.ScikgException;

/** Reads a JSON Lines file in the gold format; a broken line is an error naming file:line. */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {
    }

    public static List<JsonNode> read(Path file) {
        if (!Files.isReadable(file)) throw new ScikgException(file + ": no such file, or not readable");
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    JsonNode node = JSON.readTree(line);
                    if (!node.isObject()) throw new ScikgException(file + ":" + n + ": not a JSON object");
                    out.add(node);
                } catch (JsonProcessingException e) {
                    throw new ScikgException(file + ":" + n + ": invalid JSON: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new ScikgException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
