package dev.retain.engine.complaint.evaluate;

/**
 * R9.5's figures over one set of complaints: the handling satisfaction (share of surveyed
 * customers who were satisfied) for all, VIP and repeat complainants; the on-time rate
 * (closed within the time limit, over those closed with one) and the repeat rate (repeat
 * complaints over all complaints).
 */
public record Figures(int complaints, Rate satisfiedAll, Rate satisfiedVip, Rate satisfiedRepeat, Rate onTime, Rate repeat) {
}
