package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.MerchantStore;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's register of partner merchants (SPEC R11.1): create, change, online/offline, delete (soft: the
 * row, its history, redemptions and statements stay; its staff can no longer log in). Every change is one
 * transaction that appends the merchant as it then stands to its history; a change made against an older version
 * than the stored one is refused (someone else changed it meanwhile).
 */
@Service
public class Merchants {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ -]{5,20}");

    private final MerchantStore store;
    private final MerchantStaffLogins staff;
    private final Clock clock;

    Merchants(MerchantStore store, MerchantStaffLogins staff, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.clock = clock;
    }

    public List<MerchantView> list(boolean withDeleted) {
        return store.all(withDeleted);
    }

    public Optional<MerchantView> find(long id) {
        return store.find(id);
    }

    /** The merchant, or {@link MerchantNotFound}. */
    public MerchantView get(long id) {
        return store.find(id).orElseThrow(() -> new MerchantNotFound("merchant " + id));
    }

    public List<MerchantChange> history(long id) {
        get(id);
        return store.history(id);
    }

    @Transactional
    public MerchantView create(MerchantDraft draft, RetainUser by) {
        MerchantDraft d = checked(draft, true);
        if (store.codeTaken(d.code())) throw new MerchantRefused("merchant.error.code-taken", d.code());
        long id = store.insert(d, clock.instant());
        store.appendHistory(id, "created", by.username(), clock.instant());
        return get(id);
    }

    /** Changes everything but the code; {@code version}: the one the user saw. */
    @Transactional
    public MerchantView change(long id, int version, MerchantDraft draft, RetainUser by) {
        MerchantView current = lockedLive(id, version);
        store.update(current.id(), checked(draft, false));
        store.appendHistory(id, "changed", by.username(), clock.instant());
        return get(id);
    }

    @Transactional
    public MerchantView setOnline(long id, int version, boolean online, RetainUser by) {
        MerchantView current = lockedLive(id, version);
        if (current.online() == online) return current;
        store.setState(id, online ? "online" : "offline");
        store.appendHistory(id, online ? "online" : "offline", by.username(), clock.instant());
        return get(id);
    }

    /** Soft delete: offline for good, hidden from lists, its staff's logins disabled and its tills' keys revoked. */
    @Transactional
    public void delete(long id, int version, RetainUser by) {
        lockedLive(id, version);
        store.markDeleted(id, by.username(), clock.instant());
        store.appendHistory(id, "deleted", by.username(), clock.instant());
        for (MerchantStaffLogins.StaffLogin login : staff.ofMerchant(id)) {
            if (login.enabled()) staff.setEnabled(id, login.username(), false, by);
        }
        for (MerchantStaffLogins.Till till : staff.tillsOf(id)) {
            if (till.revokedAt() == null) staff.revokeTillKey(id, till.clientId(), by);
        }
    }

    private MerchantView lockedLive(long id, int version) {
        MerchantView current = store.lock(id).orElseThrow(() -> new MerchantNotFound("merchant " + id));
        if (current.deleted()) throw new MerchantRefused("merchant.error.deleted", current.code());
        if (current.version() != version) throw new MerchantRefused("merchant.error.stale", current.code());
        return current;
    }

    private static MerchantDraft checked(MerchantDraft d, boolean withCode) {
        String code = withCode ? trim(d.code()) : null;
        if (withCode && (code == null || !CODE.matcher(code).matches())) throw new MerchantRefused("merchant.error.code", String.valueOf(d.code()));
        String name = trim(d.name());
        if (name == null || name.length() > 100) throw new MerchantRefused("merchant.error.name");
        MerchantClub club = MerchantClub.ofCode(trim(d.club()) == null ? "" : d.club().trim());
        String phone = trim(d.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) throw new MerchantRefused("merchant.error.phone", phone);
        return new MerchantDraft(code, name, club.code(), trim(d.region()), trim(d.contactName()), phone);
    }

    static String trim(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
