/**
 * The closed loop (SPEC R4.5; issue 15 point 7): for every task, contact, offer and campaign, was the customer still
 * active and in a better zone the month after? Measured from the segments of the two cycle months, per manager,
 * warning rule, contact outcome, offer and campaign; read by the reports, the rules editor and the next best offer.
 * Owns no table: it reads the owners' tables in its {@code …ReadModel}.
 */
package dev.retain.app.outcome;
