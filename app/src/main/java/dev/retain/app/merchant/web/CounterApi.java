package dev.retain.app.merchant.web;

import dev.retain.app.loyalty.PointsLot;
import dev.retain.app.merchant.Counter;
import dev.retain.app.merchant.CounterCustomer;
import dev.retain.app.merchant.CounterReceipt;
import dev.retain.app.merchant.CounterToken;
import dev.retain.app.merchant.CounterVerification;
import dev.retain.app.merchant.MerchantNotFound;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter for partners' own tills and the portal alike (SPEC R11.2), with a merchant staff login over HTTP
 * Basic, or with a till's API key bound to the merchant (no password hash per call): the merchant is the login's or the
 * key's, never a parameter. Numbers are answered masked.
 */
@RestController
@Tag(name = "Counter", description = "One-time code verification and points redemption at a partner merchant (SPEC R11.2)")
@PreAuthorize("hasAnyRole('MERCHANT_ADMIN', 'MERCHANT_CLERK')")
@ApiScope(Scope.COUNTER)
class CounterApi {

    record NumberRequest(String msisdn) {
    }

    record CodeRequest(String code) {
    }

    record TokenRequest(String token) {
    }

    record RedeemRequest(String token, Long offerId, Long points) {
    }

    private final Counter counter;
    private final CurrentUser currentUser;

    CounterApi(Counter counter, CurrentUser currentUser) {
        this.counter = counter;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/api/v1/counter/verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send the customer a one-time code",
            description = "JSON with the customer's msisdn. The code goes out by SMS; the answer's id is used to check it. Limits: codes per number and per "
                    + "clerk an hour (429 when reached); the merchant must be online (409).")
    @ApiResponse(responseCode = "200", description = "{id, msisdn (masked), expiresAt}")
    Map<String, Object> sendCode(@RequestBody NumberRequest body) {
        CounterVerification v = counter.sendCode(currentUser.get(), body == null ? null : body.msisdn());
        return ordered("id", v.id(), "msisdn", v.maskedMsisdn(), "expiresAt", v.expiresAt());
    }

    @PostMapping(path = "/api/v1/counter/verifications/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check the code the customer gives",
            description = "JSON {code}. A right code answers a token naming the customer to this merchant for a few minutes. A wrong code "
                    + "counts an attempt (400 with attemptsLeft); after the last one, or once expired, ask for a new code.")
    @ApiResponse(responseCode = "200", description = "{token, expiresAt, msisdn (masked), tier}")
    Map<String, Object> checkCode(@PathVariable String id, @RequestBody CodeRequest body) {
        CounterToken t = counter.checkCode(currentUser.get(), verificationId(id), body == null ? null : body.code());
        return ordered("token", t.token(), "expiresAt", t.expiresAt(), "msisdn", t.maskedMsisdn(), "tier", t.tier());
    }

    @PostMapping(path = "/api/v1/counter/balance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The verified customer's points", description = "JSON {token}: the usable balance and its lots, soonest expiry first, "
            + "and the experiences left this year (null: no limit).")
    Map<String, Object> balance(@RequestBody TokenRequest body) {
        CounterCustomer c = counter.customer(currentUser.get(), body == null ? null : body.token());
        List<Map<String, Object>> lots = c.lots().stream().map(CounterApi::lot).toList();
        return ordered("msisdn", c.maskedMsisdn(), "tier", c.tier(), "balance", c.balance(), "lots", lots,
                "experiencesLeft", c.experiencesLeft());
    }

    @PostMapping(path = "/api/v1/counter/redemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Redeem an offer, or record a consumption paid in points",
            description = "JSON {token, offerId} or {token, points}, with an Idempotency-Key header (1–100 of A–Z a–z 0–9 . _ : -). A repeat "
                    + "of the key with the same request answers the first receipt (replay: true); with another request 422. Too few points: "
                    + "409 with balance and requested; no experiences left this year or the offer sold out: 409.")
    @ApiResponse(responseCode = "200", description = "the receipt: receiptNo, kind, offerId, points, balanceAfter, at, replay")
    Map<String, Object> redeem(@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody RedeemRequest body) {
        if (body == null) throw new MerchantRefused("merchant.error.offer-or-points");
        return receipt(counter.redeem(currentUser.get(), key, body.token(), body.offerId(), body.points()));
    }

    static Map<String, Object> receipt(CounterReceipt r) {
        return ordered("receiptNo", r.receiptNo(), "kind", r.kind(), "offerId", r.offerId(), "offer", r.offerTitle(), "points", r.points(),
                "value", r.valueYuan(), "balanceAfter", r.balanceAfter(), "msisdn", r.maskedMsisdn(), "clerk", r.clerk(), "at", r.at(),
                "reversedAt", r.reversedAt(), "replay", r.replay());
    }

    private static Map<String, Object> lot(PointsLot l) {
        return ordered("points", l.remaining(), "expiresOn", l.expiresOn(), "source", l.source());
    }

    private static UUID verificationId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MerchantNotFound("verification " + id);
        }
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }
}
