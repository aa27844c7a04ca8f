package dev.retain.engine.ml;

/** A calibration table row: the mean score of a bin, the observed positive rate in it, the rows in it. */
public record CalibrationBin(double meanScore, double observedRate, long count) {
}
