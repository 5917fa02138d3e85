package org.scikg.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON Lines: one object per line with a non-blank string {@code abstract}; optional {@code id}
 * (string or number), {@code title}, {@code authors} (array of strings, or one string of names),
 * {@code date} (else {@code year}), {@code categories} (string, or array joined by spaces),
 * {@code doi}, {@code url}. Blank lines are skipped; anything else that is not one JSON object is
 * reported as {@code invalid-json}.
 */
final class JsonLinesParser implements RecordParser {
    private final ObjectMapper mapper;

    JsonLinesParser(long maxLineBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxLineBytes)).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @Override
    public void parse(ByteLineReader lines, String file, ReadContext context) throws IOException {
        for (ByteLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.text() == null || line.text().isBlank()) continue;
            SourceRef at = new SourceRef(file, line.number());
            JsonNode node = readObject(line.text(), at, context);
            if (node == null) continue;
            String problem = abstractProblem(node.get(textMember(node)));
            if (problem != null) {
                context.reject(at, ProblemKinds.NO_ABSTRACT, problem + "; skipped");
                continue;
            }
            context.deliver(toPaper(node, at));
        }
    }

    /** The line as an object, or null after reporting why it is not one. */
    private JsonNode readObject(String text, SourceRef at, ReadContext context) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node != null && node.isObject()) return node;
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
            context.reject(at, ProblemKinds.INVALID_JSON, "expected a JSON object, found " + found + "; skipped");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String column = where == null ? "" : " at column " + where.getColumnNr();
            String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ")
                    .replaceAll("\\[Source: [^\\]]*?line: \\d+, column: (\\d+)\\]", "column $1");
            context.reject(at, ProblemKinds.INVALID_JSON, "invalid JSON" + column + ": " + message + "; skipped");
        }
        return null;
    }

    /**
     * The member holding the abstract: {@code abstract}, or {@code text} in records of the gold format
     * (so a gold file can be extracted as it is).
     */
    private static String textMember(JsonNode node) {
        return !node.has("abstract") && node.has("text") ? "text" : "abstract";
    }

    private static String abstractProblem(JsonNode value) {
        if (value == null || value.isNull()) return "no 'abstract' (or 'text') member";
        if (!value.isTextual()) return "'abstract' is not a string";
        if (value.textValue().isBlank()) return "'abstract' is blank";
        return null;
    }

    private static Paper toPaper(JsonNode node, SourceRef at) {
        String date = scalar(node, "date");
        return new Paper(scalar(node, "id"), node.get(textMember(node)).textValue().strip(), scalar(node, "title"),
                authors(node.get("authors")), date != null ? date : scalar(node, "year"),
                categories(node.get("categories")), scalar(node, "doi"), scalar(node, "url"), at);
    }

    /** A string, number or boolean member as text; null when absent, blank or structured. */
    private static String scalar(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) return null;
        return PaperFields.clean(value.asText());
    }

    private static List<String> authors(JsonNode value) {
        if (value == null) return List.of();
        if (value.isTextual()) return PaperFields.splitAuthors(value.textValue());
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                String name = element.isTextual() ? PaperFields.clean(element.textValue()) : null;
                if (name != null) names.add(name);
            }
        }
        return names;
    }

    private static String categories(JsonNode value) {
        if (value == null) return null;
        if (value.isTextual()) return PaperFields.clean(value.textValue());
        if (!value.isArray()) return null;
        List<String> parts = new ArrayList<>();
        for (JsonNode element : value) {
            String part = element.isValueNode() ? PaperFields.clean(element.asText()) : null;
            if (part != null) parts.add(part);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
