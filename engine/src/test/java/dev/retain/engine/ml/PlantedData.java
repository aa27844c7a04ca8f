package dev.retain.engine.ml;

import java.util.List;
import java.util.Random;

/** Fixtures: tables where the label depends on one named column, so a model must find it. */
final class PlantedData {

    final FeatureMatrix x;
    final float[] y;

    private PlantedData(FeatureMatrix x, float[] y) {
        this.x = x;
        this.y = y;
    }

    /** Five noise-like columns; P(churn) rises steeply with {@code signal} (and a little with {@code weak}); some gaps in {@code gappy}. */
    static PlantedData signalIn(String signal, int rows, long seed) {
        List<String> names = List.of("tenure", "weak", signal, "gappy", "noise");
        Random rnd = new Random(seed);
        float[] v = new float[rows * names.size()];
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            float tenure = (float) (rnd.nextGaussian() * 12 + 30);
            float weak = (float) rnd.nextGaussian();
            float s = (float) rnd.nextGaussian();
            float gappy = rnd.nextInt(5) == 0 ? Float.NaN : (float) rnd.nextGaussian();
            float noise = (float) rnd.nextGaussian();
            int at = r * names.size();
            v[at] = tenure;
            v[at + 1] = weak;
            v[at + 2] = s;
            v[at + 3] = gappy;
            v[at + 4] = noise;
            double logit = 4 * s + 0.3 * weak - 1;
            y[r] = rnd.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1f : 0f;
        }
        return new PlantedData(new FeatureMatrix(names, v, rows), y);
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = from; i < to; i++) r[i - from] = i;
        return r;
    }
}
