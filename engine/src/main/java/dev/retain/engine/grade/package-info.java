/**
 * Value grading (SPEC R2.4, docs/value-grading.md): each present subscriber's RFM scores — recency,
 * frequency and monetary value over the last {@link dev.retain.engine.grade.RfmMeasures#WINDOW} months of
 * usage, scored 1–5 by quintiles over the month's base — the eight-way value grade they give, and a
 * lifetime-value estimate from the monthly value and the churn score. Pure functions over arrays.
 */
package dev.retain.engine.grade;
