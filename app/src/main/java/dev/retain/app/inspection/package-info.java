/**
 * Inspection support, 组巡检查 (SPEC R12.4; issue 16 point 8): a supervisor or admin draws a reproducible, stratified
 * random sample of one branch's programme customers (strata: tier and the zone of the newest segment), inspectors record
 * what a visit or a call found (profile correct, manager known, service received), and the round's results come out by
 * manager and by stratum, with the customers who had a problem and an audited CSV.
 */
package dev.retain.app.inspection;
