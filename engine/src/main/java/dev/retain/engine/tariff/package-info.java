/**
 * Tariff advice (SPEC R7.4, R7.5, R4.3): the bill every plan would have given on a customer's recent usage and the
 * cheapest plan ({@link dev.retain.engine.tariff.TariffCalculator}), whether the customer is price-sensitive
 * ({@link dev.retain.engine.tariff.PriceSensitivity}), and the other-operator numbers a customer calls often enough to be
 * offered a family plan ({@link dev.retain.engine.tariff.FamilyPlanDetector}). Pure functions of their inputs; money
 * in fen.
 */
package dev.retain.engine.tariff;
