package dev.retain.synth;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.PreferredChannel;
import dev.retain.engine.value.Tier;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The contact columns of a subscriber row (issue 11): an email address for some, and the
 * channel they prefer. Drawn from a stream of their own ({@link Rngs#CONTACT}), so adding them
 * changed no other column of the province.
 *
 * <p>Shares: an operator's CRM knows an email for about one customer in five — more for GoTone
 * (business users) and enterprise-group members, few for the elderly and for Easyown's
 * prepaid users. Addresses follow the providers Chinese users have: QQ mail (the QQ number as
 * the name) above all, then NetEase 163/126, China Mobile's own 139 mail, Sina, Foxmail,
 * Aliyun, Sohu. The channel is mostly SMS (often left empty, which means SMS); top-tier
 * customers ask for their manager's call more often; a few with an address ask for email.
 */
final class ContactSampler {

    record Contact(String email, PreferredChannel preferred) {
    }

    private static final double[] EMAIL_BY_BRAND = {0.32, 0.24, 0.09}; // gotone, mzone, easyown
    private static final double[] CALL_BY_TIER = {0.20, 0.12, 0.06, 0.02}; // diamond, gold, silver, none
    private static final double EMAIL_PREFERRED_AMONG_ADDRESSES = 0.12;
    /** Share of SMS preferences the export writes out as "sms" (the rest leave the column empty). */
    private static final double SMS_WRITTEN = 0.4;

    private static final String[] DOMAINS = {"qq.com", "163.com", "126.com", "139.com", "sina.com", "foxmail.com", "aliyun.com", "sohu.com"};
    private static final double[] DOMAIN_CUMULATIVE = Rngs.cumulative(44, 20, 7, 12, 5, 5, 4, 3);
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final long seed;
    private final YearMonth lastMonth;

    ContactSampler(long seed, YearMonth lastMonth) {
        this.seed = seed;
        this.lastMonth = lastMonth;
    }

    Contact sample(Profile p) {
        SplittableRandom rng = Rngs.forSubscriber(seed, p.index(), Rngs.CONTACT);
        double emailChance = EMAIL_BY_BRAND[p.brand().ordinal()] * (p.groupId() != null ? 1.4 : 1.0)
                * (p.tier() == Tier.DIAMOND || p.tier() == Tier.GOLD ? 1.2 : 1.0) * ageFactor(p);
        String email = Rngs.chance(rng, emailChance) ? address(rng) : null;
        PreferredChannel preferred;
        if (email != null && Rngs.chance(rng, EMAIL_PREFERRED_AMONG_ADDRESSES)) {
            preferred = PreferredChannel.EMAIL;
        } else if (Rngs.chance(rng, CALL_BY_TIER[p.tier().ordinal()] * (p.brand() == Brand.GOTONE ? 1.2 : 1.0))) {
            preferred = PreferredChannel.CALL;
        } else {
            preferred = Rngs.chance(rng, SMS_WRITTEN) ? PreferredChannel.SMS : null;
        }
        return new Contact(email, preferred);
    }

    /** Few of the elderly have an address the operator knows; the young mostly do not give theirs. */
    private double ageFactor(Profile p) {
        if (p.birthDate() == null) return 1.0;
        int age = lastMonth.getYear() - p.birthDate().getYear();
        return age >= 65 ? 0.25 : age >= 55 ? 0.6 : age < 22 ? 0.7 : 1.0;
    }

    private static String address(SplittableRandom rng) {
        int d = Rngs.pick(rng, DOMAIN_CUMULATIVE);
        StringBuilder local = new StringBuilder(12);
        if (d == 0) {
            // a QQ number: 5 to 10 digits, never a leading zero (and never 11 digits: no look-alike of a phone number)
            int digits = 5 + rng.nextInt(6);
            local.append((char) ('1' + rng.nextInt(9)));
            for (int i = 1; i < digits; i++) local.append((char) ('0' + rng.nextInt(10)));
        } else {
            int letters = 3 + rng.nextInt(7);
            for (int i = 0; i < letters; i++) local.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
            if (rng.nextInt(3) == 0) local.append('_').append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
            if (rng.nextBoolean()) local.append(1960 + rng.nextInt(45)); // a birth year or a lucky number
        }
        return local.append('@').append(DOMAINS[d]).toString();
    }
}
