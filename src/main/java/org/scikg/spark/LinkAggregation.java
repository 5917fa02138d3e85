package org.scikg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.scikg.link.LinkStep;
import org.scikg.link.LinkedEntity;
import scala.Tuple2;

/**
 * Answers every {@link LinkStep} of the corpus by aggregation, as {@link org.scikg.link.Linker} answers them when
 * it takes them in order, whatever the partitioning:
 * <ol>
 * <li>the earliest claim of each key ({@code reduceByKey(min)}): an entity's claims hold whatever its answer;</li>
 * <li>a family's claims hold only when it is new, which depends on earlier claims: only the earliest of the steps
 * with the same queries and claims can be the one that claims, so those few are decided on the driver, in order;</li>
 * <li>each step's target: the earliest claimer of its first query claimed before it (a join), or none (its
 * root);</li>
 * <li>answers by pointer jumping among the claimers (every target is one, and earlier than its step), then
 * one join for all steps.</li>
 * </ol>
 */
final class LinkAggregation {
    /** A claimer's answer so far: its entity once known, else the step it points to. */
    private record Ref(LinkedEntity value, long target) implements Serializable {
        boolean known() {
            return value != null;
        }
    }

    private LinkAggregation() {
    }

    /** The answer of each step, by its order. The steps RDD is read several times: persist it first. */
    static JavaPairRDD<Long, LinkedEntity> answers(JavaRDD<LinkStep> steps, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(steps.context());
        JavaPairRDD<String, Long> certain = steps.filter(s -> !s.claimsOnlyWhenNew())
                .flatMapToPair(LinkAggregation::claims).reduceByKey(Math::min, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<Set<Long>> claiming = sc.broadcast(conditionalClaimers(sc, steps, certain, partitions));
        JavaPairRDD<String, Long> first = certain.union(steps
                        .filter(s -> s.claimsOnlyWhenNew() && claiming.value().contains(s.order()))
                        .flatMapToPair(LinkAggregation::claims))
                .reduceByKey(Math::min, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> targets = steps
                .flatMapToPair(LinkAggregation::queries)
                .join(first, partitions)
                .filter(t -> t._2()._2() < t._2()._1()._1())
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())))
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b, partitions)
                .mapValues(Tuple2::_2).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, LinkedEntity> roots = steps.mapToPair(s -> new Tuple2<>(s.order(), s.root()));
        JavaPairRDD<Long, LinkedEntity> claimers = resolve(roots, first.values().distinct(partitions), targets, partitions);
        JavaPairRDD<Long, LinkedEntity> linked = targets.mapToPair(Tuple2::swap).join(claimers, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
        return linked.union(roots.subtractByKey(targets, partitions));
    }

    /**
     * The conditional steps (families) that claim: of each group with the same queries and claims only the
     * earliest can (a later one finds what the first claimed, or what the first found); taken in order, one
     * claims when no query key was claimed before it, by an entity or by a family decided so far.
     */
    private static Set<Long> conditionalClaimers(JavaSparkContext sc, JavaRDD<LinkStep> steps,
                                                 JavaPairRDD<String, Long> certain, int partitions) {
        List<LinkStep> firsts = new ArrayList<>(steps.filter(LinkStep::claimsOnlyWhenNew)
                .mapToPair(s -> new Tuple2<>(s.queries() + "\u0000" + s.claims(), s))
                .reduceByKey((a, b) -> a.order() <= b.order() ? a : b, partitions).values().collect());
        firsts.sort(Comparator.comparingLong(LinkStep::order));
        Set<String> keys = new HashSet<>();
        firsts.forEach(s -> keys.addAll(s.queries()));
        Broadcast<Set<String>> wanted = sc.broadcast(keys);
        Map<String, Long> claimed = new HashMap<>(certain.filter(t -> wanted.value().contains(t._1())).collectAsMap());
        wanted.destroy();
        Set<Long> out = new HashSet<>();
        for (LinkStep s : firsts) {
            boolean found = s.queries().stream().anyMatch(q -> claimed.getOrDefault(q, Long.MAX_VALUE) < s.order());
            if (found) continue;
            out.add(s.order());
            for (String k : s.claims()) claimed.merge(k, s.order(), Math::min);
        }
        return out;
    }

    /**
     * The answers of the claimers: a claimer without a target answers its root; one with a target answers what
     * the target answers. Each round every unanswered claimer takes its target's answer or its target's target,
     * so chains of any length end in a number of rounds logarithmic in their length.
     */
    private static JavaPairRDD<Long, LinkedEntity> resolve(JavaPairRDD<Long, LinkedEntity> roots, JavaRDD<Long> claimerOrders,
                                                           JavaPairRDD<Long, Long> targets, int partitions) {
        JavaPairRDD<Long, Ref> refs = roots.join(claimerOrders.mapToPair(o -> new Tuple2<>(o, Boolean.TRUE)), partitions)
                .leftOuterJoin(targets, partitions)
                .mapValues(v -> v._2().isPresent() ? new Ref(null, v._2().get()) : new Ref(v._1()._1(), -1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 0; refs.filter(r -> !r._2().known()).count() > 0; round++) {
            if (round > 64) throw new IllegalStateException("link answers did not settle after 64 rounds");
            JavaPairRDD<Long, Ref> jumped = refs.filter(r -> !r._2().known())
                    .mapToPair(r -> new Tuple2<>(r._2().target(), r._1()))
                    .join(refs, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().known() ? t._2()._2()
                            : new Ref(null, t._2()._2().target())));
            JavaPairRDD<Long, Ref> next = refs.filter(r -> r._2().known()).union(jumped)
                    .coalesce(partitions).persist(StorageLevel.MEMORY_AND_DISK());
            next.count();
            refs.unpersist(false);
            refs = next;
        }
        return refs.mapValues(Ref::value);
    }

    private static Iterator<Tuple2<String, Long>> claims(LinkStep s) {
        List<Tuple2<String, Long>> out = new ArrayList<>(s.claims().size());
        for (String k : s.claims()) out.add(new Tuple2<>(k, s.order()));
        return out.iterator();
    }

    /** (query key, (step order, query index)) for each query of the step. */
    private static Iterator<Tuple2<String, Tuple2<Long, Integer>>> queries(LinkStep s) {
        List<Tuple2<String, Tuple2<Long, Integer>>> out = new ArrayList<>(s.queries().size());
        for (int i = 0; i < s.queries().size(); i++) out.add(new Tuple2<>(s.queries().get(i), new Tuple2<>(s.order(), i)));
        return out.iterator();
    }
}
