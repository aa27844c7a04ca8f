/**
 * VIP events (SPEC R7.6, issue 15): club activities, lectures and shows with ticket pools (VIP reward, key-account
 * relations, high-value experience), claimed by SMS keyword, by
 * prepay (BOSS, customer service: {@code POST /api/v1/vip-events/{id}/claims}) or by staff; per-customer limits, a
 * waiting list, never oversold ({@link dev.retain.app.campaign.event.VipEvents}).
 */
package dev.retain.app.campaign.event;
