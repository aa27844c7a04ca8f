/**
 * Complaints through 004's five steps (SPEC R9; issue 13): discover (intake from every channel
 * class, CSV import, network alarms opening area-wide cases), filter (the five principles as
 * weighted scores), handle (as a work order, with 003's scenario and customer-type guidance),
 * monitor (time-limit board, sampled callbacks, audits), evaluate (satisfaction, on-time and
 * repeat rates, before/after) — and 003's face-to-face visits with planned routes.
 */
package dev.retain.app.complaint;
