package dev.retain.app.admin;

import dev.retain.app.admin.internal.SettingsCatalogue;
import dev.retain.app.security.RetainUser;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Settings for tests of any module, saved as an admin would: big moves confirmed. */
public final class SettingsTestSupport {

    private SettingsTestSupport() {
    }

    /** Saves the values, confirming the moves the editor asks about; fails on a refused value. */
    public static void saveConfirmed(SettingsEditor editor, Map<String, String> values, RetainUser by) {
        SettingsEditor.Outcome first = editor.save(values, Set.of(), by);
        if (first instanceof SettingsEditor.NeedsConfirmation n) {
            Set<String> confirmed = n.moves().stream().map(SettingsEditor.Move::confirmation).collect(Collectors.toSet());
            first = editor.save(values, confirmed, by);
        }
        if (!(first instanceof SettingsEditor.Saved)) throw new AssertionError("not saved: " + first);
    }

    /** Every setting back to its built-in default: the test database is shared by every test class. */
    public static void restoreDefaults(SettingsEditor editor, RetainUser by) {
        saveConfirmed(editor, SettingsCatalogue.defaults(), by);
    }
}
