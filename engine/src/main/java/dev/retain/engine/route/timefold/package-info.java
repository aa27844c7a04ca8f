/**
 * Timefold Solver's model of a route problem, used only by {@link dev.retain.engine.route.TimefoldRoutePlanner}: one
 * {@link dev.retain.engine.route.timefold.VehicleRoute} per shift holding a planning list of
 * {@link dev.retain.engine.route.timefold.StopVisit}s, whose timing is a declarative shadow variable computed by
 * {@link dev.retain.engine.route.RouteClock}. Public only because Timefold reads it reflectively; nothing else should.
 */
package dev.retain.engine.route.timefold;
