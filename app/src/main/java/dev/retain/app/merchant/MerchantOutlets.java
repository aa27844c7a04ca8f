package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.OutletStore;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A merchant's outlets (SPEC R11.1): addresses and opening hours; closing one keeps it listed as inactive. */
@Service
public class MerchantOutlets {

    private final OutletStore store;
    private final Merchants merchants;

    MerchantOutlets(OutletStore store, Merchants merchants) {
        this.store = store;
        this.merchants = merchants;
    }

    public List<OutletView> of(long merchantId) {
        return store.ofMerchant(merchantId);
    }

    @Transactional
    public long add(long merchantId, OutletDraft draft) {
        if (merchants.get(merchantId).deleted()) throw new MerchantRefused("merchant.error.deleted", merchantId);
        OutletDraft d = checked(draft);
        return store.insert(merchantId, d.name(), d.address(), d.openingHours());
    }

    @Transactional
    public void change(long merchantId, long outletId, OutletDraft draft, boolean active) {
        OutletDraft d = checked(draft);
        if (!store.update(merchantId, outletId, d.name(), d.address(), d.openingHours(), active)) {
            throw new MerchantNotFound("outlet " + outletId);
        }
    }

    private static OutletDraft checked(OutletDraft d) {
        String name = Merchants.trim(d.name());
        String address = Merchants.trim(d.address());
        String hours = Merchants.trim(d.openingHours());
        if (name == null || name.length() > 100) throw new MerchantRefused("merchant.error.outlet-name");
        if (address == null || address.length() > 200) throw new MerchantRefused("merchant.error.address");
        if (hours == null || hours.length() > 100) throw new MerchantRefused("merchant.error.hours");
        return new OutletDraft(name, address, hours);
    }
}
