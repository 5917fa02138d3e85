package org.scikg.cli;

import java.util.concurrent.Callable;

import org.scikg.graph.KnowledgeGraph;
import org.scikg.graph.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts what the store holds: papers, source occurrences, entities by type, relations by kind, results.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final String QUERY = Prefixes.sparql() + """
            SELECT ?what (COUNT(*) AS ?n) WHERE {
              { ?x a skg:Paper BIND("papers" AS ?what) }
              UNION { ?x a skg:SourceOccurrence BIND("source occurrences" AS ?what) }
              UNION { VALUES ?c { skg:Model skg:Method skg:Benchmark skg:Dataset skg:Task skg:Metric skg:Software }
                      ?x a ?c BIND(CONCAT("entities: ", STRAFTER(STR(?c), "#")) AS ?what) }
              UNION { ?x a skg:Mention BIND("mentions" AS ?what) }
              UNION { VALUES ?p { skg:evaluatedOn skg:outperforms skg:comparedWith skg:uses skg:basedOn skg:variantOf
                      skg:appliedTo } ?s ?p ?o BIND(CONCAT("relations: ", STRAFTER(STR(?p), "#")) AS ?what) }
              UNION { ?x a skg:Result BIND("results" AS ?what) }
              UNION { ?p skg:introduces ?e BIND("introductions" AS ?what) }
            } GROUP BY ?what ORDER BY ?what
            """;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (KnowledgeGraph kg = store.openExisting()) {
            out.printf("%-28s %s%n", "store", kg.location().toAbsolutePath());
            kg.select(QUERY, q -> out.printf("%-28s %d%n", q.getLiteral("what").getString(), q.getLiteral("n").getLong()));
            out.printf("%-28s %d%n", "triples", kg.size());
        }
        out.flush();
        return Main.OK;
    }
}
