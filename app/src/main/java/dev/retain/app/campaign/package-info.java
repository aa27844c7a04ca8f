/**
 * Campaigns and offers (SPEC R7, R4.5; issue 15): the tariff calculator and family-plan detection over the engine's
 * computations, VIP events with ticket pools, the offer catalogue and the next best offer ({@code campaign.offer}), and
 * campaigns with a randomised holdout and their uplift ({@code campaign.campaigns}).
 */
package dev.retain.app.campaign;
