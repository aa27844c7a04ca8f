package dev.retain.engine.ml;

/**
 * XGBoost settings for binary:logistic. {@link #defaults()} is the one configuration used
 * for every dataset (the province's history and any customer CSV alike): shallow-to-medium
 * trees, a small learning rate and early stopping on a validation set, which together are
 * robust on small and large tables without hand tuning.
 *
 * @param maxRounds           the most boosting rounds
 * @param earlyStoppingRounds stop when the validation log-loss has not improved for this many rounds (0 = never)
 * @param eta                 learning rate
 * @param maxDepth            depth of each tree
 * @param subsample           share of rows sampled for each tree
 * @param colsampleByTree     share of columns sampled for each tree
 * @param minChildWeight      the least hessian sum in a leaf
 * @param lambda              L2 penalty on leaf weights
 * @param threads             native threads (0 = sized to the data: one per 20,000 training rows, at most all cores)
 * @param seed                random seed (row and column sampling)
 */
public record BoostSettings(int maxRounds, int earlyStoppingRounds, double eta, int maxDepth, double subsample,
        double colsampleByTree, double minChildWeight, double lambda, int threads, long seed) {

    public BoostSettings {
        if (maxRounds < 1) throw new IllegalArgumentException("maxRounds must be ≥ 1");
        if (earlyStoppingRounds < 0) throw new IllegalArgumentException("earlyStoppingRounds must be ≥ 0");
        if (!(eta > 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in (0, 1]");
        if (maxDepth < 1 || maxDepth > 16) throw new IllegalArgumentException("maxDepth must be 1..16");
        if (!(subsample > 0 && subsample <= 1)) throw new IllegalArgumentException("subsample must be in (0, 1]");
        if (!(colsampleByTree > 0 && colsampleByTree <= 1)) throw new IllegalArgumentException("colsampleByTree must be in (0, 1]");
        if (!(minChildWeight >= 0)) throw new IllegalArgumentException("minChildWeight must be ≥ 0");
        if (!(lambda >= 0)) throw new IllegalArgumentException("lambda must be ≥ 0");
        if (threads < 0) throw new IllegalArgumentException("threads must be ≥ 0");
    }

    /** The single default configuration: eta 0.05, depth 4, 80 % rows and columns per tree, up to 2,000 rounds, stop after 50 without improvement. */
    public static BoostSettings defaults() {
        return new BoostSettings(2000, 50, 0.05, 4, 0.8, 0.8, 1.0, 1.0, 0, 7L);
    }

    public BoostSettings withMaxDepth(int depth) {
        return new BoostSettings(maxRounds, earlyStoppingRounds, eta, depth, subsample, colsampleByTree, minChildWeight, lambda, threads, seed);
    }

    public BoostSettings withMaxRounds(int rounds) {
        return new BoostSettings(rounds, earlyStoppingRounds, eta, maxDepth, subsample, colsampleByTree, minChildWeight, lambda, threads, seed);
    }

    public BoostSettings withSeed(long s) {
        return new BoostSettings(maxRounds, earlyStoppingRounds, eta, maxDepth, subsample, colsampleByTree, minChildWeight, lambda, threads, s);
    }

    public BoostSettings withThreads(int n) {
        return new BoostSettings(maxRounds, earlyStoppingRounds, eta, maxDepth, subsample, colsampleByTree, minChildWeight, lambda, n, seed);
    }
}
