package dev.retain.app.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables one PostgreSQL statement writes, reads and creates, from its tokens. Not a full
 * SQL parser: it knows the clauses that name tables (FROM, JOIN, USING, INSERT INTO, UPDATE,
 * DELETE FROM, TRUNCATE, COPY, CREATE/DROP/ALTER TABLE, CREATE INDEX … ON, ANALYZE, LOCK) and
 * the look-alikes that do not ({@code is distinct from}, {@code extract(… from …)},
 * {@code on conflict do update}, {@code for update of}). A name it cannot place is still
 * reported, so the guard fails on it rather than missing a table.
 */
final class SqlTables {

    /** Written includes created; read holds only tables not also written. CTE names and system catalogs are left out. */
    record Parsed(Set<String> written, Set<String> read, Set<String> created) {

        boolean touchesNothing() {
            return written.isEmpty() && read.isEmpty();
        }
    }

    private SqlTables() {
    }

    static Parsed parse(String sql) {
        return new Scanner(tokenize(sql)).scan();
    }

    private enum Kind { WORD, QUOTED, STRING, NUMBER, PARAM, SYMBOL }

    private record Token(Kind kind, String text) {
    }

    // ---- tokens ---------------------------------------------------------------------------

    private static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                boolean backslashes = !out.isEmpty() && i > 0 && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')
                        && out.get(out.size() - 1).kind == Kind.WORD && out.get(out.size() - 1).text.equals("e");
                if (backslashes) out.remove(out.size() - 1);
                i = endOfString(sql, i + 1, backslashes);
                out.add(new Token(Kind.STRING, ""));
            } else if (c == '"') {
                StringBuilder name = new StringBuilder();
                i++;
                while (i < n) {
                    char d = sql.charAt(i);
                    if (d == '"') {
                        if (i + 1 < n && sql.charAt(i + 1) == '"') {
                            name.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    name.append(d);
                    i++;
                }
                out.add(new Token(Kind.QUOTED, name.toString().toLowerCase(Locale.ROOT)));
            } else if (c == '$') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
                if (j < n && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
                    String tag = sql.substring(i, j + 1);
                    int end = sql.indexOf(tag, j + 1);
                    i = end < 0 ? n : end + tag.length();
                    out.add(new Token(Kind.STRING, ""));
                } else {
                    out.add(new Token(Kind.PARAM, sql.substring(i, j)));
                    i = j;
                }
            } else if (c == '?') {
                out.add(new Token(Kind.PARAM, "?"));
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) j++;
                out.add(new Token(Kind.WORD, sql.substring(i, j).toLowerCase(Locale.ROOT)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) j++;
                out.add(new Token(Kind.NUMBER, sql.substring(i, j)));
                i = j;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.add(new Token(Kind.SYMBOL, "::"));
                i += 2;
            } else {
                out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static int endOfString(String sql, int i, boolean backslashes) {
        int n = sql.length();
        while (i < n) {
            char d = sql.charAt(i);
            if (backslashes && d == '\\') {
                i += 2;
            } else if (d == '\'') {
                if (i + 1 < n && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    // ---- clauses ---------------------------------------------------------------------------

    /** Words that end a FROM clause at their level (a comma after them separates no tables). */
    private static final Set<String> ENDS_FROM = Set.of("where", "group", "order", "limit", "offset", "having", "window",
            "union", "except", "intersect", "for", "returning", "set", "conflict", "do", "select", "values", "into", "fetch");
    /** Words that may follow FROM or JOIN without being a table. */
    private static final Set<String> NOT_TABLES = Set.of("select", "values", "lateral", "only", "stdin", "stdout", "with");
    /** Functions whose arguments use FROM as a keyword. */
    private static final Set<String> FROM_IN_ARGUMENTS = Set.of("extract", "substring", "trim", "overlay");

    private static final class Scanner {

        private final List<Token> t;
        private final int[] match;
        private final Set<Integer> consumedFrom = new HashSet<>();
        private final Set<String> written = new LinkedHashSet<>();
        private final Set<String> read = new LinkedHashSet<>();
        private final Set<String> created = new LinkedHashSet<>();

        Scanner(List<Token> tokens) {
            this.t = tokens;
            this.match = matchParens(tokens);
        }

        Parsed scan() {
            Deque<String> parenOwner = new ArrayDeque<>();
            // per parenthesis depth: inside a FROM clause, where a comma introduces another table
            boolean[] inFrom = new boolean[t.size() + 2];
            int depth = 0;
            for (int i = 0; i < t.size(); i++) {
                if (isSymbol(i, "(")) {
                    parenOwner.push(i > 0 && t.get(i - 1).kind == Kind.WORD ? t.get(i - 1).text : "");
                    inFrom[++depth] = false;
                    continue;
                }
                if (isSymbol(i, ")")) {
                    if (!parenOwner.isEmpty()) parenOwner.pop();
                    inFrom[depth] = false;
                    depth = Math.max(0, depth - 1);
                    continue;
                }
                if (isSymbol(i, ",") && inFrom[depth]) {
                    fromItem(i + 1, read);
                    continue;
                }
                String w = word(i);
                if (w == null) continue;
                if (ENDS_FROM.contains(w)) inFrom[depth] = false;
                switch (w) {
                    case "from" -> {
                        if (tableFrom(i, parenOwner.isEmpty() ? "" : parenOwner.peek())) {
                            inFrom[depth] = true;
                            fromItem(i + 1, read);
                        }
                    }
                    case "join" -> fromItem(i + 1, read);
                    case "using" -> {
                        if (!isSymbol(i + 1, "(") && inFrom[depth]) fromItem(i + 1, read);
                        else if (!isSymbol(i + 1, "(") && isWord(deleteAt(i), "delete")) {
                            inFrom[depth] = true;
                            fromItem(i + 1, read);
                        }
                    }
                    case "into" -> {
                        if (isWord(i - 1, "insert") || isWord(i - 1, "merge")) name(i + 1, written);
                    }
                    case "update" -> {
                        if (!isWord(i - 1, "for") && !isWord(i - 1, "do") && !isWord(i - 1, "key")) name(skip(i + 1, "only"), written);
                    }
                    case "delete" -> {
                        if (isWord(i + 1, "from")) {
                            consumedFrom.add(i + 1);
                            name(skip(i + 2, "only"), written);
                        }
                    }
                    case "truncate" -> names(skip(i + 1, "table", "only"), written);
                    case "copy" -> copy(i);
                    case "create" -> create(i);
                    case "drop" -> {
                        if (isWord(i + 1, "table")) names(skip(i + 2, "if", "exists"), written);
                    }
                    case "alter" -> {
                        if (isWord(i + 1, "table")) name(skip(i + 2, "if", "exists", "only"), written);
                    }
                    case "analyze", "vacuum" -> {
                        if (!isWord(i - 1, "explain")) {
                            int j = skip(i + 1, "verbose", "full", "freeze");
                            if (isSymbol(j, "(")) j = match[j] + 1;
                            names(j, written);
                        }
                    }
                    case "lock" -> {
                        if (i == 0) names(skip(i + 1, "table", "only"), written);
                    }
                    case "like" -> {
                        if (isSymbol(i - 1, "(") || isSymbol(i - 1, ",")) name(i + 1, read);
                    }
                    default -> { }
                }
            }
            Set<String> ctes = cteNames();
            written.removeAll(ctes);
            read.removeAll(ctes);
            read.removeAll(written);
            return new Parsed(Set.copyOf(written), Set.copyOf(read), Set.copyOf(created));
        }

        /** FROM that starts a list of tables, not a keyword inside a function or an IS DISTINCT FROM. */
        private boolean tableFrom(int i, String owner) {
            if (consumedFrom.contains(i)) return false;
            if (isWord(i - 1, "distinct") && (isWord(i - 2, "is") || isWord(i - 2, "not"))) return false;
            return !FROM_IN_ARGUMENTS.contains(owner);
        }

        /** The DELETE whose USING this is: the first word of the statement part at this level. */
        private int deleteAt(int i) {
            for (int k = i - 1; k >= 0; k--) {
                if (isWord(k, "delete")) return k;
                if (isSymbol(k, "(") || isSymbol(k, ")")) return -1;
            }
            return -1;
        }

        private void copy(int i) {
            int j = i + 1;
            if (isSymbol(j, "(")) return; // COPY (query) TO: the query's own FROMs are scanned
            Name n = qualified(j);
            if (n == null) return;
            int k = n.next;
            if (isSymbol(k, "(")) k = match[k] + 1;
            if (isWord(k, "from")) {
                consumedFrom.add(k);
                add(n, written);
            } else {
                add(n, read);
            }
        }

        private void create(int i) {
            int j = skip(i + 1, "or", "replace", "global", "local", "temp", "temporary", "unlogged");
            if (isWord(j, "table")) {
                Name n = qualified(skip(j + 1, "if", "not", "exists"));
                if (n != null && add(n, written)) created.add(n.name);
            } else if (isWord(j, "unique") || isWord(j, "index")) {
                for (int k = j; k < t.size(); k++) {
                    if (isWord(k, "on")) {
                        name(skip(k + 1, "only"), written);
                        return;
                    }
                }
            }
        }

        /** One table reference (or a subquery or function, which name none); commas are the caller's. */
        private void fromItem(int j, Set<String> into) {
            j = skip(j, "only", "lateral");
            if (isSymbol(j, "(")) return;
            Name n = qualified(j);
            if (n == null || isSymbol(n.next, "(")) return; // a function such as unnest(?) or generate_series(…)
            add(n, into);
        }

        private void names(int j, Set<String> into) {
            while (true) {
                Name n = qualified(j);
                if (n == null) return;
                add(n, into);
                if (!isSymbol(n.next, ",")) return;
                j = n.next + 1;
            }
        }

        private void name(int j, Set<String> into) {
            Name n = qualified(j);
            if (n != null) add(n, into);
        }

        private boolean add(Name n, Set<String> into) {
            if (n.name.startsWith("pg_") || "pg_catalog".equals(n.schema) || "information_schema".equals(n.schema)) return false;
            into.add(n.name);
            return true;
        }

        private record Name(String schema, String name, int next) {
        }

        private Name qualified(int j) {
            if (j >= t.size()) return null;
            Token a = t.get(j);
            if (a.kind == Kind.WORD && NOT_TABLES.contains(a.text)) return null;
            if (a.kind != Kind.WORD && a.kind != Kind.QUOTED) return null;
            if (isSymbol(j + 1, ".") && j + 2 < t.size() && (t.get(j + 2).kind == Kind.WORD || t.get(j + 2).kind == Kind.QUOTED)) {
                return new Name(a.text, t.get(j + 2).text, j + 3);
            }
            return new Name(null, a.text, j + 1);
        }

        /** WITH's names: {@code name [(columns)] as [not] [materialized] (}. */
        private Set<String> cteNames() {
            Set<String> names = new HashSet<>();
            for (int j = 0; j < t.size(); j++) {
                Token a = t.get(j);
                if (a.kind != Kind.WORD && a.kind != Kind.QUOTED) continue;
                int k = j + 1;
                if (isSymbol(k, "(") && match[k] > k) k = match[k] + 1;
                if (!isWord(k, "as")) continue;
                k = skip(k + 1, "not", "materialized");
                if (isSymbol(k, "(")) names.add(a.text);
            }
            return names;
        }

        private int skip(int j, String... words) {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (String w : words) {
                    if (isWord(j, w)) {
                        j++;
                        moved = true;
                    }
                }
            }
            return j;
        }

        private String word(int j) {
            return j >= 0 && j < t.size() && t.get(j).kind == Kind.WORD ? t.get(j).text : null;
        }

        private boolean isWord(int j, String w) {
            return w.equals(word(j));
        }

        private boolean isSymbol(int j, String s) {
            return j >= 0 && j < t.size() && t.get(j).kind == Kind.SYMBOL && t.get(j).text.equals(s);
        }

        private static int[] matchParens(List<Token> tokens) {
            int[] match = new int[tokens.size()];
            Deque<Integer> open = new ArrayDeque<>();
            for (int j = 0; j < tokens.size(); j++) {
                match[j] = j;
                Token k = tokens.get(j);
                if (k.kind != Kind.SYMBOL) continue;
                if (k.text.equals("(")) {
                    open.push(j);
                } else if (k.text.equals(")") && !open.isEmpty()) {
                    int o = open.pop();
                    match[o] = j;
                    match[j] = o;
                }
            }
            // an unclosed parenthesis runs to the end
            while (!open.isEmpty()) match[open.pop()] = tokens.size() - 1;
            return match;
        }
    }
}
