package dev.retain.app.admin;

import dev.retain.app.admin.internal.SettingStore;
import dev.retain.app.admin.internal.SettingsCatalogue;
import dev.retain.app.core.BusinessClock;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.cycle.SettingProblem;
import dev.retain.engine.cycle.SettingSpec;
import dev.retain.engine.cycle.SettingsLoader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves what an admin typed on the settings page: each value checked against its range, a
 * number that moves by more than half of its value in force saved only once confirmed, then
 * every changed setting stored with its old and new value and audited, all in one transaction.
 * A new business time zone goes to the application's clock once it is committed.
 */
@Service
public class SettingsEditor {

    public static final String SETTING_CHANGED = "setting_changed";

    /** What a save did. */
    public sealed interface Outcome {
    }

    /** Nothing was saved: these values are refused. */
    public record Refused(Map<String, SettingProblem> problems) implements Outcome {
    }

    /** Nothing was saved: these moves need the admin's confirmation first. */
    public record NeedsConfirmation(List<Move> moves) implements Outcome {
    }

    /** Saved (possibly nothing, when nothing differed from the values in force). */
    public record Saved(List<SettingChange> changes) implements Outcome {
    }

    /**
     * A setting going from one value to another; the editor reports those that move a number by
     * more than half of its value in force. {@link #confirmation()} is what the admin sends back to confirm one.
     */
    public record Move(String key, String from, String to) {
        public String confirmation() {
            return SettingsEditor.confirmation(key, to);
        }
    }

    private final RetentionSettings settings;
    private final SettingStore store;
    private final AuditLog auditLog;
    private final BusinessClock clock;
    private final TransactionTemplate tx;

    SettingsEditor(RetentionSettings settings, SettingStore store, AuditLog auditLog, BusinessClock clock,
                   PlatformTransactionManager transactions) {
        this.settings = settings;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A confirmation names the setting and the very value confirmed, so changing the value again asks again. */
    public static String confirmation(String key, String value) {
        return key + "=" + value;
    }

    /**
     * Saves the {@code typed} values (by key; keys not given keep their value).
     * {@code confirmed} holds the {@link Move#confirmation()}s the admin sent back.
     */
    public Outcome save(Map<String, String> typed, Set<String> confirmed, RetainUser by) {
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        typed.forEach((key, text) -> {
            SettingSpec spec = SettingsCatalogue.entry(key).orElseThrow(() -> new IllegalArgumentException("unknown setting " + key)).spec();
            spec.check(text).ifPresentOrElse(p -> problems.put(key, p), () -> wanted.put(key, spec.canonical(text)));
        });
        if (!problems.isEmpty()) return new Refused(problems);
        Outcome outcome = tx.execute(status -> {
            store.lockForChange();
            Map<String, String> inForce = settings.values();
            List<Move> unconfirmed = new ArrayList<>();
            List<Move> changes = new ArrayList<>();
            wanted.forEach((key, value) -> {
                String old = inForce.get(key);
                if (value.equals(old)) return;
                Move change = new Move(key, old, value);
                changes.add(change);
                boolean big = SettingsCatalogue.entry(key).orElseThrow().spec().movesByMoreThanHalf(old, value);
                if (big && !confirmed.contains(change.confirmation())) unconfirmed.add(change);
            });
            if (!unconfirmed.isEmpty()) return new NeedsConfirmation(unconfirmed);
            checkWithTheEngine(inForce, changes);
            for (Move c : changes) {
                store.put(c.key(), c.from(), c.to(), by.username());
                auditLog.record(by, SETTING_CHANGED, c.key(), c.from() + " → " + c.to());
            }
            return new Saved(store.history(changes.size()));
        });
        if (outcome instanceof Saved && wanted.containsKey(SettingsCatalogue.BUSINESS_TIME_ZONE)) {
            clock.useZone(ZoneId.of(settings.values().get(SettingsCatalogue.BUSINESS_TIME_ZONE)));
        }
        return outcome;
    }

    /** The whole set as the cycle will read it, so nothing is saved that the engine would refuse. */
    private static void checkWithTheEngine(Map<String, String> inForce, List<Move> changes) {
        Map<String, String> engine = new LinkedHashMap<>();
        inForce.forEach((key, value) -> {
            if (SettingsCatalogue.engineKey(key)) engine.put(key, value);
        });
        for (Move c : changes) if (SettingsCatalogue.engineKey(c.key())) engine.put(c.key(), c.to());
        SettingsLoader.fromValues(engine, "the new settings");
    }
}
