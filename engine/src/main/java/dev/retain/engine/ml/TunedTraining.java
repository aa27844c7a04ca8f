package dev.retain.engine.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * The one training procedure for data without a natural time split (any customer CSV):
 * a stratified inner hold-out of {@value #INNER_VALID_PERCENT} % of the training rows picks the
 * tree depth among {@link #DEPTHS} and the number of rounds (early stopping on log-loss);
 * then the model is refit on all the training rows with that depth and that many rounds.
 * Everything happens inside the rows it is given, so under cross-validation the test fold
 * is never seen (nested validation). The same small grid serves every dataset.
 */
public final class TunedTraining {

    /** The tree depths tried; the other settings are {@link BoostSettings#defaults()}. */
    public static final List<Integer> DEPTHS = List.of(2, 4, 6);
    static final int INNER_VALID_PERCENT = 20;

    /** One depth tried: its best round and its log-loss and AUC on the inner hold-out. */
    public record Candidate(int maxDepth, int bestIteration, double validLogLoss, double validAuc) {
    }

    /**
     * The refit model and how it was chosen; {@code validRows} (positions in the given
     * rows) and {@code validScores} are the chosen candidate's scores on the inner hold-out,
     * from the model trained on the other rows.
     */
    public record Result(BoostedTrees model, Candidate chosen, List<Candidate> candidates, int[] trainRows, int[] validRows, float[] validScores) {
    }

    private TunedTraining() {
    }

    public static Result fit(FeatureMatrix x, float[] y, BoostSettings base) {
        int[] fold = Folds.stratified(y, 100 / INNER_VALID_PERCENT, base.seed() ^ 0x5DEECE66DL);
        int[] inner = Folds.rows(fold, 0, false);
        int[] valid = Folds.rows(fold, 0, true);
        FeatureMatrix xt = x.select(inner);
        FeatureMatrix xv = x.select(valid);
        float[] yt = FeatureMatrix.pick(y, inner);
        float[] yv = FeatureMatrix.pick(y, valid);
        List<Candidate> candidates = new ArrayList<>();
        Candidate best = null;
        float[] bestScores = null;
        for (int depth : DEPTHS) {
            BoostedTrees m = BoostedTrees.train(xt, yt, xv, yv, base.withMaxDepth(depth));
            float[] p = m.predict(xv);
            Candidate c = new Candidate(depth, m.bestIteration(), logLoss(p, yv), Metrics.auc(p, yv));
            candidates.add(c);
            if (best == null || c.validLogLoss() < best.validLogLoss()) {
                best = c;
                bestScores = p;
            }
        }
        BoostSettings chosen = base.withMaxDepth(best.maxDepth()).withMaxRounds(best.bestIteration() + 1);
        BoostedTrees model = BoostedTrees.train(x, y, null, null, chosen);
        return new Result(model, best, candidates, inner, valid, bestScores);
    }

    static double logLoss(float[] p, float[] y) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(Math.max(p[i], 1e-15), 1 - 1e-15);
            sum -= y[i] == 1f ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }
}
