/**
 * Complaints (SPEC R9, issue 13) as pure functions: the channel's source class (004's four classes of
 * discovery), the filter's five principles as weighted scores and the placement they give, repeat
 * detection, and the codes of 003's scenarios and customer types. The app stores and shows; the
 * decisions live here so the CLI and tests call the same code.
 */
package dev.retain.engine.complaint;
