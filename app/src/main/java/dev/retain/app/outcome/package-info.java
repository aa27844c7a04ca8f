/**
 * The closed loop (SPEC R4.5; issue 15 point 7): for every task, contact, offer and campaign, was the customer still
 * active and in a better zone the month after? Measured from the segments of the two cycle months, per manager,
 * warning rule, contact outcome, offer and campaign; read by the reports, the rules editor and the next best offer.
 * Reads the owners' tables in its {@code …ReadModel}; owns {@code closed_loop_month}, the measured months' task figures
 * written after each cycle (and on first use for older months).
 */
package dev.retain.app.outcome;
