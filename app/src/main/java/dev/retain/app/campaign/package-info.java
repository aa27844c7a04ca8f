/**
 * Campaigns and offers (SPEC R7, R4.5; issue 15): the tariff calculator and family-plan detection over the engine's
 * computations, VIP events with ticket pools, and (to come) the offer catalogue, campaigns with a holdout and the
 * next best offer.
 */
package dev.retain.app.campaign;
