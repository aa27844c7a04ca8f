package dev.retain.app.ownership;

import dev.retain.app.RetainApplication;
import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issued a statement, from the call stack at the moment it reached JDBC. The innermost
 * frame that decides wins: an application class ({@code dev.retain.app.<module>…}, compiled
 * from src/main) makes it that module's statement; a library that keeps its own tables
 * (Flyway, db-scheduler, Spring Modulith's event registry, Spring Session) makes it that
 * library's; test code (fixtures inserting rows) makes it the test's. Spring, Hikari and the
 * driver in between decide nothing.
 */
record StatementOrigin(Kind kind, String module, String issuer) {

    enum Kind { MODULE, LIBRARY, TEST, UNATTRIBUTED }

    private static final String APP = "dev.retain.app.";
    /** The guard itself (and its tests), which sits between the caller and the driver. */
    private static final String GUARD = StatementOrigin.class.getPackageName() + ".";
    private static final List<String> LIBRARIES = List.of("org.flywaydb.", "com.github.kagkarlsson.",
            "org.springframework.modulith.events.", "org.springframework.session.jdbc.");
    private static final URL MAIN_CLASSES = location(RetainApplication.class);
    private static final ClassValue<Boolean> IS_MAIN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Objects.equals(location(type), MAIN_CLASSES);
        }
    };
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** The class, simple and top-level, that counts for the …ReadModel rule. */
    boolean isReadModel() {
        return issuer != null && issuer.endsWith("ReadModel");
    }

    String label() {
        return switch (kind) {
            case MODULE -> module + " (" + issuer + ")";
            case LIBRARY -> "library " + issuer;
            case TEST -> "test " + issuer;
            case UNATTRIBUTED -> "unattributed";
        };
    }

    /**
     * @param testClassesCount when true, test classes under dev.retain.app count as their
     *                         package's module (a planted violation in a guard test)
     */
    static StatementOrigin current(boolean testClassesCount) {
        Optional<StatementOrigin> found = WALKER.walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .map(type -> decide(type, testClassesCount))
                .filter(Objects::nonNull)
                .findFirst());
        return found.orElse(new StatementOrigin(Kind.UNATTRIBUTED, null, null));
    }

    private static StatementOrigin decide(Class<?> type, boolean testClassesCount) {
        String name = type.getName();
        if (name.startsWith(GUARD)) return null;
        for (String library : LIBRARIES) {
            if (name.startsWith(library)) return new StatementOrigin(Kind.LIBRARY, null, library.substring(0, library.length() - 1));
        }
        if (!name.startsWith(APP)) return null;
        String topLevel = topLevelSimpleName(name);
        if (!IS_MAIN.get(type) && !testClassesCount) return new StatementOrigin(Kind.TEST, null, topLevel);
        String rest = name.substring(APP.length());
        int dot = rest.indexOf('.');
        String module = dot < 0 ? "(root)" : rest.substring(0, dot);
        return new StatementOrigin(Kind.MODULE, module, topLevel);
    }

    private static String topLevelSimpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
