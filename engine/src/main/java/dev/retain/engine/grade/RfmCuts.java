package dev.retain.engine.grade;

import java.io.Serializable;

/** Where each of the R, F and M scores 2 to 5 starts ({@link QuintileScores#cuts}): all a part of a base needs to be graded like the whole. */
public record RfmCuts(double[] recency, double[] frequency, double[] monetary) implements Serializable {
}
