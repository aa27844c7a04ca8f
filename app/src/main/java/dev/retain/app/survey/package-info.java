/**
 * Satisfaction surveys (SPEC R10.1, issue 16): seed 001's six service dimensions asked as expectation and perception,
 * NPS and "do you know your customer manager?"; sent by SMS link to a page without a login ({@code /s/{token}}) or
 * taken by staff on a phone call; drawn by supervisors in samples, and sent after every closed complaint (R9.4).
 */
package dev.retain.app.survey;
