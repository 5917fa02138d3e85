package org.scikg.extract;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall time per extraction stage, summed over threads; off unless enabled. */
public final class StageProfile {
    private final boolean enabled;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    StageProfile(boolean enabled) {
        this.enabled = enabled;
        if (enabled) Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("stage times: " + report())));
    }

    public boolean enabled() {
        return enabled;
    }

    void add(String stage, long n) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(n);
    }

    /** Milliseconds per stage, by name. */
    public Map<String, Long> report() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
