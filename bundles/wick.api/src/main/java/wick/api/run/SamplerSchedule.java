package wick.api.run;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cyclic sampler schedule for a chain: {@code metropolis:2000,hmc:500,cluster:2000} runs 2000
 * sweeps of {@code metropolis}, then 500 of {@code hmc}, then 2000 of {@code cluster}, then again from
 * the start, on the same state and random stream.
 *
 * @param entries the samplers and their sweeps, in order (at least one)
 */
public record SamplerSchedule(List<Entry> entries) {

    /** One sampler and the number of sweeps it makes before the next takes over. */
    public record Entry(String sampler, long sweeps) {
    }

    public SamplerSchedule {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a sampler schedule needs at least one sampler");
        }
        entries = List.copyOf(entries);
    }

    /**
     * Parses {@code ID:SWEEPS[,ID:SWEEPS...]}.
     *
     * @throws IllegalArgumentException naming {@code --sampler-schedule} and the form allowed
     */
    public static SamplerSchedule parse(String text) {
        String form = "ID:SWEEPS joined by commas, e.g. metropolis:2000,hmc:500 (SWEEPS an integer >= 1)";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--sampler-schedule is empty: allowed " + form);
        }
        List<Entry> entries = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String[] kv = part.trim().split(":", -1);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("--sampler-schedule '" + text + "': allowed " + form);
            }
            long sweeps;
            try {
                sweeps = Long.parseLong(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sampler-schedule '" + text + "': allowed " + form);
            }
            if (sweeps < 1) {
                throw new IllegalArgumentException("--sampler-schedule '" + text + "': allowed " + form);
            }
            entries.add(new Entry(kv[0].trim(), sweeps));
        }
        return new SamplerSchedule(entries);
    }

    /** The text form accepted by {@link #parse(String)}. */
    @Override
    public String toString() {
        return entries.stream().map(e -> e.sampler() + ":" + e.sweeps()).collect(Collectors.joining(","));
    }
}
