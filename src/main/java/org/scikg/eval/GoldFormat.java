package org.scikg.eval;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scikg.extract.Entity;
import org.scikg.extract.Extraction;
import org.scikg.extract.Relation;
import org.scikg.extract.Result;

/**
 * The JSON Lines format of ../shared/gold/GUIDELINES.md, used for gold files and for what
 * {@code scikg extract} prints: one object per abstract with text, entities, introduces, relations, results.
 */
public final class GoldFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFormat() {
    }

    /** One extraction as a JSON object in the gold format; {@code id} may be null. */
    public static ObjectNode toJson(String id, Extraction x) {
        return toJson(id, x, false);
    }

    /**
     * One extraction in the gold format; with {@code evidence}, each entity also says whether the vocabulary knows
     * it, and each relation carries the rule that read it, its confidence and the character offsets of its
     * sentence (fields the scorer ignores).
     */
    public static ObjectNode toJson(String id, Extraction x, boolean evidence) {
        ObjectNode o = JSON.createObjectNode();
        if (id != null) o.put("id", id);
        o.put("text", x.text());
        ArrayNode ents = o.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode n = ents.addObject();
            n.put("name", e.name());
            n.put("type", e.type().label());
            if (!e.aliases().isEmpty()) strings(n.putArray("aliases"), e.aliases());
            if (evidence) n.put("known", e.known());
        }
        strings(o.putArray("introduces"), x.introduces());
        ArrayNode rels = o.putArray("relations");
        for (Relation r : x.relations()) {
            ObjectNode n = rels.addObject().put("s", r.subject()).put("p", r.predicate().localName()).put("o", r.object());
            if (evidence) {
                n.put("rule", r.rule()).put("confidence", r.confidence());
                n.put("begin", r.evidence().begin()).put("end", r.evidence().end());
            }
        }
        ArrayNode res = o.putArray("results");
        for (Result r : x.results()) {
            ObjectNode n = res.addObject().put("subject", r.subject());
            if (r.metric() != null) n.put("metric", r.metric());
            n.put("value", r.value());
            if (r.benchmark() != null) n.put("benchmark", r.benchmark());
        }
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    public static String line(String id, Extraction x) {
        return line(id, x, false);
    }

    public static String line(String id, Extraction x, boolean evidence) {
        try {
            return JSON.writeValueAsString(toJson(id, x, evidence));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
