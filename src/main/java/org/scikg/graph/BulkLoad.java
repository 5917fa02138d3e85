package org.scikg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files, such as the Spark job's N-Triples part files, into a store with Jena's TDB2 bulk loader (the
 * phased loader, the one {@code tdb2.tdbloader} uses by default): much faster than transactional writes, and all
 * or nothing: a file that does not parse ends the load with an error naming its file and line, and the store keeps
 * what it held before. Triples already in the store, or in several files, are stored once.
 */
public final class BulkLoad {
    /**
     * What a load did.
     *
     * @param files   files loaded
     * @param parsed  triples and quads read from them (duplicates included)
     * @param before  triples in the store's default graph before
     * @param after   triples in the store's default graph after
     * @param seconds wall time
     */
    /** @param seconds the whole load; {@code deriveSeconds} of it went to recomputing the derived counts */
    public record Summary(long files, long parsed, long before, long after, double seconds, double deriveSeconds) {
        /** Triples read per second of loading proper, the derived counts aside. */
        public double loadRate() {
            return parsed / Math.max(1e-9, seconds - deriveSeconds);
        }
    }

    private static final Pattern POSITION = Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)", Pattern.DOTALL);

    private BulkLoad() {
    }

    /**
     * The RDF files the arguments stand for: a file as given; a folder's files (not below it) whose syntax RIOT
     * knows from the name, sorted, leaving out names that start with {@code .} or {@code _} (Hadoop's checksums,
     * {@code _SUCCESS}, the Spark job's {@code _problems}).
     *
     * @throws StoreException for a missing path, a named file of no RDF syntax, or a folder with no RDF file
     */
    public static List<Path> files(List<Path> arguments) {
        List<Path> out = new ArrayList<>();
        for (Path a : arguments) {
            if (Files.isDirectory(a)) {
                List<Path> found;
                try (Stream<Path> s = Files.list(a)) {
                    found = s.filter(p -> Files.isRegularFile(p) && !hidden(p) && lang(p) != null).sorted().toList();
                } catch (IOException e) {
                    throw new StoreException("cannot list " + a + ": " + e.getMessage(), e);
                }
                if (found.isEmpty()) throw new StoreException(a + ": folder holds no RDF files (.nt, .nq, .ttl, ... or .gz of them)");
                out.addAll(found);
            } else if (Files.isRegularFile(a)) {
                if (lang(a) == null) {
                    throw new StoreException(a + ": not a known RDF syntax by its name (.nt, .nq, .ttl, .trig, .rdf, .jsonld, or .gz of them)");
                }
                out.add(a);
            } else {
                throw new StoreException(a + ": no such file or folder");
            }
        }
        return out;
    }

    /**
     * Loads the files into the store's default graph (a quad with a graph name goes to that named graph).
     *
     * @param log told the loader's progress lines
     * @throws StoreException naming the file and line of the first syntax error; the store is as it was
     */
    public static Summary load(KnowledgeGraph kg, List<Path> files, Consumer<String> log) {
        long start = System.nanoTime();
        long before = kg.size();
        DataLoader loader = LoaderFactory.createLoader(kg.dataset().asDatasetGraph(),
                (fmt, args) -> log.accept(String.format(fmt, args)));
        loader.startBulk();
        try {
            for (Path f : files) {
                try {
                    loader.load(f.toString());
                } catch (RiotException e) {
                    throw new StoreException(position(f, e), e);
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e instanceof StoreException se ? se : new StoreException("load failed: " + e.getMessage(), e);
        }
        long parsed = loader.countTriples() + loader.countQuads();
        // the part files hold facts only: the counts, statements and ranks the build keeps are derived here, for the
        // whole store (and the paper labels added where an earlier version's files lack them)
        log.accept("recomputing the derived counts (skg:paperCount, skg:occurrenceCount, skg:paperRank, "
                + "skg:RelationStatement with skg:supportCount, skg:supportRank) ...");
        long derive = System.nanoTime();
        Statistics.refreshAll(kg.dataset());
        long end = System.nanoTime();
        return new Summary(files.size(), parsed, before, kg.size(), (end - start) / 1e9, (end - derive) / 1e9);
    }

    /** {@code file:line: message} from RIOT's {@code [line: L, col: C] message}. */
    private static String position(Path f, RiotException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        if (m.matches()) return f + ":" + m.group(1) + ": " + m.group(3).strip() + " (column " + m.group(2) + "); nothing was loaded";
        return f + ": " + e.getMessage() + "; nothing was loaded";
    }

    private static boolean hidden(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") || n.startsWith("_");
    }

    private static Lang lang(Path p) {
        String n = p.getFileName().toString();
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return RDFLanguages.filenameToLang(n);
    }
}
