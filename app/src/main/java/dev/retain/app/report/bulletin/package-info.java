/**
 * The monthly report and the quarterly bulletin to the province (SPEC R12.2, seed 002 §二(九)), built from
 * {@link dev.retain.app.report.bulletin.ReportSection} beans: each contributes one titled section (key figures, a few
 * generated sentences, tables, charts) for a month or a quarter; the report puts them in their order and exports them as
 * a spreadsheet (one sheet per section) or a PDF (charts drawn in Java). Another module adds a section by declaring a
 * bean of that interface; {@link dev.retain.app.report.bulletin.TrendSection} does the month-and-quarter work for a
 * section that is a handful of monthly figures.
 */
@org.springframework.modulith.NamedInterface("bulletin")
package dev.retain.app.report.bulletin;
