package dev.retain.app.merchant;

import dev.retain.app.loyalty.PointsBalance;
import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.loyalty.PointsReceipt;
import dev.retain.app.merchant.internal.CounterCustomersReadModel;
import dev.retain.app.merchant.internal.CounterSettings;
import dev.retain.app.merchant.internal.ExperienceLimitStore;
import dev.retain.app.merchant.internal.OfferStore;
import dev.retain.app.merchant.internal.RedemptionStore;
import dev.retain.app.merchant.internal.VerificationStore;
import dev.retain.app.merchant.internal.VerificationStore.Verification;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's counter (SPEC R11.2). A clerk asks for a one-time code for the customer's number (sent by SMS through
 * the outbox, as a secret message); the customer tells the clerk the code; a right code gives a short-lived token
 * that names the customer to this merchant only; with it the clerk redeems an offer or records a consumption paid
 * in points, once per Idempotency-Key, and the customer gets a receipt. Every method acts for the caller's own
 * merchant ({@link RetainUser#merchantId()}); another merchant's verification, token, offer or receipt is unknown.
 */
@Service
public class Counter {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final long MAX_POINTS = 10_000_000;

    private final SecureRandom random = new SecureRandom();
    private final Merchants merchants;
    private final VerificationStore verifications;
    private final RedemptionStore redemptions;
    private final OfferStore offers;
    private final ExperienceLimitStore experienceLimits;
    private final CounterCustomersReadModel customers;
    private final PointsLedger ledger;
    private final Outbox outbox;
    private final CounterSettings settings;
    private final Clock clock;

    Counter(Merchants merchants, VerificationStore verifications, RedemptionStore redemptions, OfferStore offers,
            ExperienceLimitStore experienceLimits, CounterCustomersReadModel customers, PointsLedger ledger, Outbox outbox,
            CounterSettings settings, Clock clock) {
        this.merchants = merchants;
        this.verifications = verifications;
        this.redemptions = redemptions;
        this.offers = offers;
        this.experienceLimits = experienceLimits;
        this.customers = customers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends a code to the customer's number: the merchant must be online, the hour's limits not reached, and the number
     * a subscriber. A number that is not one counts against the limits too (kept, with a code nobody has), so that a
     * clerk cannot look up numbers without end to learn who is in the programme.
     */
    @Transactional(noRollbackFor = MerchantRefused.class)
    public CounterVerification sendCode(RetainUser clerk, String number) {
        long merchantId = merchantOf(clerk);
        onlineMerchant(merchantId);
        String msisdn = canonical(number);
        Instant now = clock.instant();
        verifications.lockSenders(msisdn, clerk.username(), merchantId);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (verifications.sentToNumberSince(msisdn, hourAgo) >= settings.perNumberPerHour()) {
            throw new MerchantRefused("merchant.error.too-many-codes-number", settings.perNumberPerHour());
        }
        if (verifications.askedByClerkSince(clerk.username(), hourAgo) >= settings.perClerkPerHour()) {
            throw new MerchantRefused("merchant.error.too-many-codes-clerk", settings.perClerkPerHour());
        }
        if (verifications.askedAtMerchantSince(merchantId, hourAgo) >= settings.perMerchantPerHour()) {
            throw new MerchantRefused("merchant.error.too-many-codes-merchant", settings.perMerchantPerHour());
        }
        UUID id = UUID.randomUUID();
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant expires = now.plus(Duration.ofMinutes(settings.codeMinutes()));
        if (customers.tierOf(msisdn).isEmpty()) {
            verifications.insert(id, merchantId, clerk.username(), msisdn, "not-a-customer", now, now);
            throw new MerchantRefused("merchant.error.not-a-customer", PersonalData.maskMsisdn(msisdn));
        }
        verifications.insert(id, merchantId, clerk.username(), msisdn, sha256(id + ":" + code), now, expires);
        outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.SERVICE, "one_time_code",
                Map.of("code", code, "minutes", Integer.toString(settings.codeMinutes())), null, "one_time_code", "counter-code-" + id, true));
        return new CounterVerification(id, PersonalData.maskMsisdn(msisdn), expires);
    }

    /**
     * Checks the code the customer gave. A wrong code counts an attempt (kept even though this call is refused); after
     * the last attempt, or once expired or used, the verification is spent and the clerk asks for a new code.
     */
    @Transactional(noRollbackFor = MerchantRefused.class)
    public CounterToken checkCode(RetainUser clerk, UUID verificationId, String code) {
        long merchantId = merchantOf(clerk);
        Verification v = verifications.lock(merchantId, verificationId)
                .orElseThrow(() -> new MerchantNotFound("verification " + verificationId));
        Instant now = clock.instant();
        if (v.verifiedAt() != null) throw new MerchantRefused("merchant.error.code-used");
        if (!now.isBefore(v.expiresAt())) throw new MerchantRefused("merchant.error.code-expired");
        if (v.attempts() >= settings.maxAttempts()) throw new MerchantRefused("merchant.error.code-locked");
        verifications.countAttempt(v.id());
        String given = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(sha256(v.id() + ":" + given).getBytes(StandardCharsets.US_ASCII),
                v.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            int left = settings.maxAttempts() - v.attempts() - 1;
            throw left > 0 ? new MerchantRefused("merchant.error.code-wrong", left) : new MerchantRefused("merchant.error.code-locked");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant tokenExpires = now.plus(Duration.ofMinutes(settings.tokenMinutes()));
        verifications.verified(v.id(), sha256(token), now, tokenExpires);
        return new CounterToken(token, tokenExpires, PersonalData.maskMsisdn(v.msisdn()), customers.tierOf(v.msisdn()).orElse("none"));
    }

    /** The verified customer's points, lots and experiences left this year (the ledger may open their account from BOSS's points). */
    @Transactional
    public CounterCustomer customer(RetainUser clerk, String token) {
        String msisdn = customerOf(merchantOf(clerk), token);
        PointsBalance balance = ledger.balance(msisdn);
        String tier = customers.tierOf(msisdn).orElse("none");
        Integer limit = yearlyExperiences(tier);
        Integer left = limit == null ? null : Math.max(0, limit - experiencesThisYear(msisdn, today()));
        return new CounterCustomer(PersonalData.maskMsisdn(msisdn), tier, balance.balance(), balance.lots(), left);
    }

    /**
     * Redeems {@code offerId} (its points price; an experience also counts against the yearly limit) or, without an
     * offer, records a consumption of {@code points}. Once per {@code idempotencyKey} at this merchant: a repeat with
     * the same request answers the first receipt, even after the token expired; with another request it is refused.
     * Too few points is {@link dev.retain.app.loyalty.InsufficientPoints}, and nothing is written.
     */
    @Transactional
    public CounterReceipt redeem(RetainUser clerk, String idempotencyKey, String token, Long offerId, Long points) {
        long merchantId = merchantOf(clerk);
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) throw new MerchantRefused("merchant.error.idempotency-key");
        if ((offerId == null) == (points == null)) throw new MerchantRefused("merchant.error.offer-or-points");
        redemptions.lockKey(merchantId, idempotencyKey);
        var first = redemptions.byKey(merchantId, idempotencyKey);
        if (first.isPresent()) {
            CounterReceipt r = first.get().receipt();
            boolean same = offerId != null ? offerId.equals(r.offerId()) : r.offerId() == null && points == r.points();
            // another customer under the same key is another request; an expired token still gets its replay
            boolean sameCustomer = token == null || verifications.customerOfToken(merchantId, sha256(token.strip()), clock.instant())
                    .map(r.msisdn()::equals).orElse(true);
            if (!same || !sameCustomer) throw new MerchantRefused("merchant.error.key-reused");
            return r.asReplay();
        }
        String msisdn = customerOf(merchantId, token);
        MerchantView merchant = onlineMerchant(merchantId);
        LocalDate today = today();
        String kind;
        long spend;
        long valueFen;
        if (offerId != null) {
            OfferView offer = offers.find(merchantId, offerId).orElseThrow(() -> new MerchantNotFound("offer " + offerId));
            kind = offer.experience() ? "experience" : "redemption";
            spend = offer.pointsPrice();
            valueFen = offer.valueFen();
            if (offer.experience()) checkExperienceLeft(msisdn, today);
            if (!offers.take(offerId, today)) throw new MerchantRefused("merchant.error.offer-unavailable", offer.title());
        } else {
            if (points <= 0 || points > MAX_POINTS) throw new MerchantRefused("merchant.error.points", points);
            kind = "consumption";
            spend = points;
            valueFen = Math.multiplyExact(points, settings.fenPerPoint());
        }
        long id = redemptions.nextId();
        String receiptNo = receiptNo(merchant, today, id);
        String ledgerKey = null;
        long balanceAfter;
        if (spend > 0) {
            ledgerKey = ledgerKey(merchantId, idempotencyKey);
            PointsReceipt spent = ledger.redeem(ledgerKey, msisdn, spend, "merchant:" + merchant.code() + ":" + receiptNo);
            balanceAfter = spent.balanceAfter();
        } else {
            balanceAfter = ledger.balance(msisdn).balance();
        }
        redemptions.insert(id, merchantId, idempotencyKey, receiptNo, clerk.username(), msisdn, kind, offerId, spend, valueFen, ledgerKey,
                balanceAfter, clock.instant());
        return redemptions.byKey(merchantId, idempotencyKey).orElseThrow().receipt();
    }

    /** Refunds a redemption of this merchant: the points go back to their lots (new ledger entries), the offer's use is returned. */
    @Transactional
    public CounterReceipt reverse(RetainUser by, String receiptNo) {
        long merchantId = merchantOf(by);
        RedemptionStore.Stored stored = redemptions.byReceipt(merchantId, receiptNo)
                .orElseThrow(() -> new MerchantNotFound("receipt " + receiptNo));
        if (stored.receipt().reversedAt() != null) throw new MerchantRefused("merchant.error.already-reversed", receiptNo);
        // the offer row before the ledger's account, in the order a redemption takes them: no deadlock between the two
        if (stored.offerId() != null) offers.giveBack(stored.offerId());
        if (stored.ledgerKey() != null) {
            ledger.reverse(stored.ledgerKey() + "-reversal", stored.ledgerKey(), "merchant-reversal:" + receiptNo);
        }
        redemptions.markReversed(merchantId, receiptNo, by.username(), clock.instant());
        return redemptions.byReceipt(merchantId, receiptNo).orElseThrow().receipt();
    }

    /** This merchant's latest receipts, newest first. */
    public List<CounterReceipt> recentReceipts(RetainUser by, int limit) {
        return redemptions.recent(merchantOf(by), limit);
    }

    private void checkExperienceLeft(String msisdn, LocalDate today) {
        redemptions.lockCustomer(msisdn);
        Integer limit = yearlyExperiences(customers.tierOf(msisdn).orElse("none"));
        if (limit != null && experiencesThisYear(msisdn, today) >= limit) {
            throw new MerchantRefused("merchant.error.experiences-used", limit);
        }
    }

    /** The tier's yearly experiences (null: no limit); a tier the table does not know gets what no tier gets. */
    private Integer yearlyExperiences(String tier) {
        java.util.Map<String, Integer> limits = experienceLimits.all();
        return limits.containsKey(tier) ? limits.get(tier) : limits.get("none");
    }

    /** A receipt's number: the merchant's code, the business day, the redemption's id. */
    static String receiptNo(MerchantView merchant, LocalDate day, long id) {
        return merchant.code() + "-" + RECEIPT_DAY.format(day) + "-" + id;
    }

    /** The ledger's client key of a merchant's redemption: derived from the till's key, so a repeat spends nothing twice. */
    static String ledgerKey(long merchantId, String idempotencyKey) {
        return "merchant-" + merchantId + "-" + idempotencyKey;
    }

    private int experiencesThisYear(String msisdn, LocalDate today) {
        LocalDate newYear = today.withDayOfYear(1);
        return redemptions.experiencesBetween(msisdn, newYear.atStartOfDay(clock.getZone()).toInstant(),
                newYear.plusYears(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private String customerOf(long merchantId, String token) {
        if (token == null || token.isBlank()) throw new MerchantRefused("merchant.error.token");
        return verifications.customerOfToken(merchantId, sha256(token.strip()), clock.instant())
                .orElseThrow(() -> new MerchantRefused("merchant.error.token"));
    }

    private MerchantView onlineMerchant(long merchantId) {
        MerchantView merchant = merchants.get(merchantId);
        if (!merchant.online()) throw new MerchantRefused("merchant.error.offline", merchant.name());
        return merchant;
    }

    private static long merchantOf(RetainUser user) {
        if (user.merchantId() == null || !user.role().isMerchantStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("the counter is for merchant staff");
        }
        return user.merchantId();
    }

    private static String canonical(String number) {
        String msisdn = number == null ? null : Msisdn.canonical(number.strip());
        if (msisdn == null || !Msisdn.isValid(msisdn)) throw new MerchantRefused("merchant.error.msisdn");
        return msisdn;
    }

    private LocalDate today() {
        return LocalDate.now(clock); // the clock carries the business zone
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
