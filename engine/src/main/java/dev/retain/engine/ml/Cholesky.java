package dev.retain.engine.ml;

/** Solves A·x = b for a symmetric positive-definite A given by its lower triangle (row-major, d × d). */
final class Cholesky {

    private Cholesky() {
    }

    static double[] solve(double[] lower, double[] b, int d) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = lower[i * d + j];
                for (int k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
                if (i == j) {
                    l[i * d + i] = Math.sqrt(Math.max(sum, 1e-12));
                } else {
                    l[i * d + j] = sum / l[j * d + j];
                }
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= l[i * d + k] * z[k];
            z[i] = sum / l[i * d + i];
        }
        double[] x = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < d; k++) sum -= l[k * d + i] * x[k];
            x[i] = sum / l[i * d + i];
        }
        return x;
    }
}
