/**
 * The synthetic province: a Zhejiang-like operator's exports in the CSV contract of
 * docs/data-formats.md, for demos, tests and benchmarks. {@link dev.retain.synth.ProvinceGenerator}
 * is the entry point.
 *
 * <p>How it is built: province-wide tables (plans, managers, groups, seasonality) are fixed up
 * front from the spec; then each subscriber is drawn from its own random stream (profile,
 * monthly trajectory, call peers) and written out at once, so memory does not grow with the
 * province and the output is byte-identical for a seed. Only {@code StrictMath} is used so the
 * bytes do not depend on the CPU either.
 */
package dev.retain.synth;
