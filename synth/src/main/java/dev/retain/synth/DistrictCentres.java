package dev.retain.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The centre of each district's seat (WGS-84, rounded to about a kilometre) and the radius in km
 * its customers live within: {@code district-centres.csv} beside this class. Islands and mountain
 * counties get a small radius so that their customers stay in the town.
 */
final class DistrictCentres {

    record Centre(double lat, double lon, double radiusKm) {
    }

    private static final Map<String, Centre> BY_BRANCH = read();

    private DistrictCentres() {
    }

    /** The centre of a branch (region-district code); every branch of {@link Zhejiang#REGIONS} has one. */
    static Centre of(String branch) {
        Centre c = BY_BRANCH.get(branch);
        if (c == null) throw new IllegalArgumentException("no centre for branch '" + branch + "' in district-centres.csv");
        return c;
    }

    private static Map<String, Centre> read() {
        Map<String, Centre> centres = new HashMap<>();
        try (InputStream in = DistrictCentres.class.getResourceAsStream("district-centres.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split(",");
                centres.put(f[0], new Centre(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(centres);
    }
}
