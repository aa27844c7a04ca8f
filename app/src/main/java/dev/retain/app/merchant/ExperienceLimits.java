package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.ExperienceLimitStore;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many experiences a customer of each VIP tier may take a year, at all merchants together (SPEC R11.2), as the
 * operator's admin sets them; the counter refuses an experience beyond the customer's tier's limit. A null limit is
 * no limit; 0 is none at all.
 */
@Service
public class ExperienceLimits {

    /** The tiers, highest first, as the limits are shown. */
    public static final List<String> TIERS = List.of("diamond", "gold", "silver", "none");

    private final ExperienceLimitStore store;
    private final Clock clock;

    ExperienceLimits(ExperienceLimitStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every tier's limit, diamond first; a null value is no limit. */
    public Map<String, Integer> all() {
        return store.all();
    }

    /** Sets one tier's limit ({@code null}: no limit); an unknown tier or a negative number is refused. */
    @Transactional
    public void set(String tier, Integer perYear, RetainUser by) {
        check(tier, perYear);
        store.set(tier, perYear, by.username(), clock.instant());
    }

    /** Sets several tiers' limits at once: all of them, or none when one is refused. */
    @Transactional
    public void setAll(Map<String, Integer> perYear, RetainUser by) {
        perYear.forEach(ExperienceLimits::check);
        perYear.forEach((tier, limit) -> store.set(tier, limit, by.username(), clock.instant()));
    }

    private static void check(String tier, Integer perYear) {
        if (!TIERS.contains(tier)) throw new MerchantRefused("merchant.error.limit");
        if (perYear != null && perYear < 0) throw new MerchantRefused("merchant.error.limit");
    }
}
