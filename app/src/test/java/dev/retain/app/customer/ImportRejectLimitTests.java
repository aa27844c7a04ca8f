package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.SettingsEditor;
import dev.retain.app.admin.SettingsTestSupport;
import dev.retain.app.security.Users;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An import's reject limit is the admin's import.max-reject-rate in force. */
@RetainWebTest
class ImportRejectLimitTests {

    @Autowired ImportService imports;
    @Autowired SettingsEditor editor;
    @Autowired Users users;
    @TempDir Path tmp;

    @AfterEach
    void restoreDefaults() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    /** Ten subscribers, one with an unknown brand: 10 % rejected. */
    private Path oneBadRowInTen(int key, String folder) throws Exception {
        SmallProvince p = new SmallProvince(key, 10);
        Path dir = p.write(tmp.resolve(folder));
        List<String> subs = new ArrayList<>(p.subscribers);
        subs.set(4, subs.get(4).replace(",gotone,", ",unknownbrand,"));
        SmallProvince.writeSubscribers(dir, subs);
        return dir;
    }

    @Test
    void aHigherLimitInTheSettingsLetsTheSameFileThrough() throws Exception {
        ImportRun strict = imports.importFrom(oneBadRowInTen(208, "strict"), "tester", ImportService.UPLOAD);
        assertThat(strict.failed()).isTrue();
        assertThat(strict.message()).contains("more than the allowed 1.00%");

        SettingsTestSupport.saveConfirmed(editor, Map.of("import.max-reject-rate", "0.15"), users.find(TestLogins.ADMIN).orElseThrow());
        ImportRun tolerant = imports.importFrom(oneBadRowInTen(209, "tolerant"), "tester", ImportService.UPLOAD);

        assertThat(tolerant.succeeded()).as(tolerant.message()).isTrue();
        assertThat(tolerant.files()).contains(new ImportFileCounts("subscribers.csv", 10, 9, 1));
    }
}
