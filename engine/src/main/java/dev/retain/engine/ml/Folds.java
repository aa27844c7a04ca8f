package dev.retain.engine.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stratified assignment of rows to folds: each fold gets the same share of positives (± 1 row). */
public final class Folds {

    private Folds() {
    }

    /** The fold (0..k-1) of each row; positives and negatives are shuffled apart with {@code seed} and dealt round-robin. */
    public static int[] stratified(float[] labels, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("at least 2 folds, not " + k);
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) (labels[i] == 1f ? pos : neg).add(i);
        Random rnd = new Random(seed);
        Collections.shuffle(pos, rnd);
        Collections.shuffle(neg, rnd);
        int[] fold = new int[labels.length];
        int next = 0;
        for (int i : pos) fold[i] = next++ % k;
        for (int i : neg) fold[i] = next++ % k;
        return fold;
    }

    /** Rows whose fold is ({@code in}) or is not (!{@code in}) {@code f}, in row order. */
    public static int[] rows(int[] fold, int f, boolean in) {
        int n = 0;
        for (int x : fold) if ((x == f) == in) n++;
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < fold.length; i++) if ((fold[i] == f) == in) out[j++] = i;
        return out;
    }
}
