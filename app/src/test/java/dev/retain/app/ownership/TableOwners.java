package dev.retain.app.ownership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which module owns which table: the module whose Flyway folder
 * ({@code db/migration/<module>/}) creates it, read from the migrations on the classpath;
 * and a table the application creates while it runs (a temporary or staging table) belongs
 * to the module that created it.
 */
final class TableOwners {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLDER = Pattern.compile("db/migration/([a-z0-9_]+)/[^/]+\\.sql$");

    private final Map<String, String> migrated;
    private final Map<String, String> createdAtRuntime = new ConcurrentHashMap<>();

    private TableOwners(Map<String, String> migrated) {
        this.migrated = migrated;
    }

    static TableOwners fromMigrations() {
        Map<String, String> owners = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
                Matcher folder = FOLDER.matcher(r.getURL().toString());
                if (!folder.find()) continue;
                String sql;
                try (InputStream in = r.getInputStream()) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
                }
                Matcher m = CREATE_TABLE.matcher(sql);
                while (m.find()) {
                    String previous = owners.put(m.group(1).toLowerCase(), folder.group(1));
                    if (previous != null && !previous.equals(folder.group(1))) {
                        throw new IllegalStateException("table " + m.group(1) + " is created by both " + previous + " and " + folder.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (owners.isEmpty()) throw new IllegalStateException("no migrations found under db/migration/<module>/ on the classpath");
        return new TableOwners(owners);
    }

    Optional<String> ownerOf(String table) {
        String owner = migrated.get(table);
        return Optional.ofNullable(owner != null ? owner : createdAtRuntime.get(table));
    }

    /** Records the creator of a table made at run time; false when a migration made it (then the migration's module owns it). */
    boolean created(String table, String module) {
        if (migrated.containsKey(table)) return false;
        createdAtRuntime.putIfAbsent(table, module);
        return true;
    }

    /** The modules that own a table by migration. */
    java.util.Set<String> modulesWithTables() {
        return new java.util.TreeSet<>(migrated.values());
    }

    Map<String, String> migrated() {
        return Map.copyOf(migrated);
    }
}
