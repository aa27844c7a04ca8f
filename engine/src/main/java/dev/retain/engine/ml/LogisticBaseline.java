package dev.retain.engine.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick for the boosted trees: L2-penalised logistic regression in plain Java.
 * Each column is standardised with the training mean and standard deviation; a missing
 * value becomes the mean (0 after standardising) plus a 0/1 "missing" indicator for each
 * column that had gaps in training. Fitted by Newton–Raphson (IRLS) with step halving; the
 * intercept is not penalised.
 */
public final class LogisticBaseline {

    /** The baseline's file inside a model directory. */
    public static final String FILE = "baseline.json";

    /** L2 penalty on the standardised coefficients (on the summed log-likelihood). */
    static final double LAMBDA = 1.0;
    private static final int MAX_ITERATIONS = 100;

    /** What {@value #FILE} holds. */
    record Saved(List<String> featureNames, double[] means, double[] scales, boolean[] missingIndicator,
            double intercept, double[] coefficients, double[] missingCoefficients, double lambda, int iterations) {
    }

    private final Saved model;

    private LogisticBaseline(Saved model) {
        this.model = model;
    }

    public static LogisticBaseline train(FeatureMatrix train, float[] trainLabels) {
        BoostedTrees.checkLabels(train, trainLabels, "training");
        int n = train.rows();
        int p = train.cols();
        if (n == 0) throw new IllegalArgumentException("no training rows");
        double[] mean = new double[p];
        double[] scale = new double[p];
        boolean[] gaps = new boolean[p];
        long[] seen = new long[p];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                float x = train.get(r, c);
                if (Float.isNaN(x)) {
                    gaps[c] = true;
                } else {
                    seen[c]++;
                    mean[c] += x;
                }
            }
        }
        for (int c = 0; c < p; c++) mean[c] = seen[c] == 0 ? 0 : mean[c] / seen[c];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                float x = train.get(r, c);
                if (!Float.isNaN(x)) scale[c] += (x - mean[c]) * (x - mean[c]);
            }
        }
        for (int c = 0; c < p; c++) {
            double sd = seen[c] == 0 ? 0 : Math.sqrt(scale[c] / seen[c]);
            scale[c] = sd > 1e-12 ? sd : 0; // a constant column gets weight 0
        }
        int[] indicatorOf = new int[p];
        int m = 0;
        for (int c = 0; c < p; c++) indicatorOf[c] = gaps[c] ? p + m++ : -1;
        Design design = new Design(train, mean, scale, indicatorOf, 1 + p + m);
        double[] beta = newton(design, trainLabels);
        double[] coef = new double[p];
        double[] miss = new double[p];
        for (int c = 0; c < p; c++) {
            coef[c] = beta[1 + c];
            if (indicatorOf[c] >= 0) miss[c] = beta[1 + indicatorOf[c]];
        }
        return new LogisticBaseline(new Saved(train.names(), mean, scale, gaps, beta[0], coef, miss, LAMBDA, 0));
    }

    /** The design matrix, one row at a time (never held whole): 1, standardised values (0 where missing), missing indicators. */
    private record Design(FeatureMatrix m, double[] mean, double[] scale, int[] indicatorOf, int width) {

        int rows() {
            return m.rows();
        }

        void fill(int r, double[] out) {
            int p = m.cols();
            out[0] = 1;
            for (int c = 0; c < p; c++) {
                float x = m.get(r, c);
                boolean missing = Float.isNaN(x);
                out[1 + c] = missing || scale[c] == 0 ? 0 : (x - mean[c]) / scale[c];
                if (indicatorOf[c] >= 0) out[1 + indicatorOf[c]] = missing ? 1 : 0;
            }
        }
    }

    private static double[] newton(Design x, float[] y) {
        int n = x.rows();
        int d = x.width();
        double[] row = new double[d];
        double[] beta = new double[d];
        double loss = penalisedLoss(x, y, beta, row);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] grad = new double[d];
            double[] hess = new double[d * d];
            for (int r = 0; r < n; r++) {
                x.fill(r, row);
                double eta = 0;
                for (int j = 0; j < d; j++) eta += row[j] * beta[j];
                double prob = sigmoid(eta);
                double w = Math.max(prob * (1 - prob), 1e-10);
                double e = y[r] - prob;
                for (int j = 0; j < d; j++) {
                    double xj = row[j];
                    if (xj == 0) continue;
                    grad[j] += e * xj;
                    double wx = w * xj;
                    int at = j * d;
                    for (int k = 0; k <= j; k++) hess[at + k] += wx * row[k];
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] -= LAMBDA * beta[j];
                hess[j * d + j] += LAMBDA;
            }
            hess[0] += 1e-9;
            double[] step = Cholesky.solve(hess, grad, d);
            double t = 1;
            double[] next = new double[d];
            double nextLoss;
            while (true) {
                for (int j = 0; j < d; j++) next[j] = beta[j] + t * step[j];
                nextLoss = penalisedLoss(x, y, next, row);
                if (nextLoss <= loss + 1e-12 || t < 1e-4) break;
                t /= 2;
            }
            double change = 0;
            for (int j = 0; j < d; j++) change = Math.max(change, Math.abs(next[j] - beta[j]));
            beta = next;
            boolean done = change < 1e-7 || Math.abs(loss - nextLoss) < 1e-10 * (1 + Math.abs(loss));
            loss = nextLoss;
            if (done) break;
        }
        return beta;
    }

    private static double penalisedLoss(Design x, float[] y, double[] beta, double[] row) {
        double loss = 0;
        int d = beta.length;
        for (int r = 0; r < x.rows(); r++) {
            x.fill(r, row);
            double eta = 0;
            for (int j = 0; j < d; j++) eta += row[j] * beta[j];
            // log(1 + e^eta) − y·eta, computed stably
            loss += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - y[r] * eta;
        }
        for (int j = 1; j < d; j++) loss += LAMBDA / 2 * beta[j] * beta[j];
        return loss;
    }

    private static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    /** P(label = 1); columns matched by name to the training names. */
    public float[] predict(FeatureMatrix m) {
        FeatureMatrix x = m.columnsInOrder(model.featureNames());
        int p = x.cols();
        float[] out = new float[x.rows()];
        for (int r = 0; r < x.rows(); r++) {
            double eta = model.intercept();
            for (int c = 0; c < p; c++) {
                float v = x.get(r, c);
                if (Float.isNaN(v)) {
                    if (model.missingIndicator()[c]) eta += model.missingCoefficients()[c];
                } else if (model.scales()[c] > 0) {
                    eta += model.coefficients()[c] * (v - model.means()[c]) / model.scales()[c];
                }
            }
            out[r] = (float) sigmoid(eta);
        }
        return out;
    }

    public List<String> featureNames() {
        return model.featureNames();
    }

    /** Coefficients per standardised column, in {@link #featureNames()}'s order. */
    public double[] coefficients() {
        return model.coefficients().clone();
    }

    public void save(Path dir) {
        ModelJson.writeFile(dir.resolve(FILE), model);
    }

    public static LogisticBaseline load(Path dir) {
        Saved s = ModelJson.readFile(dir.resolve(FILE), Saved.class);
        int p = s.featureNames().size();
        List<double[]> arrays = new ArrayList<>(List.of(s.means(), s.scales(), s.coefficients(), s.missingCoefficients()));
        for (double[] a : arrays) {
            if (a == null || a.length != p) throw new IllegalArgumentException(dir.resolve(FILE) + ": arrays do not match the " + p + " feature names");
        }
        return new LogisticBaseline(s);
    }
}
