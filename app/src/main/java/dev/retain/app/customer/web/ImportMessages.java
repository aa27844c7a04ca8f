package dev.retain.app.customer.web;

import dev.retain.app.security.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An import's failure message in the reader's language. The import stores the engine's English
 * text (the CLI prints it, the API returns it, the logs keep it); the page recognises the
 * messages the import and the engine write and says them with message keys
 * ({@code import.msg.*}, {@code import.reason.*}). What it does not recognise is framed in the
 * reader's language and shown as received, marked as English. Phone numbers are masked either way.
 * In templates: {@code ${@importMessages.lines(run.message)}}.
 */
@Component("importMessages")
public class ImportMessages {

    /** One line to show: a message key with its arguments, and the engine's own words where there is no key for them. */
    public record Line(String key, Object[] args, String untranslated) {
    }

    private record Rule(Pattern pattern, String key) {
    }

    private static final Pattern TOO_MANY_REJECTS = Pattern.compile(
            "^(?<file>[^:]+): (?<rejected>[\\d,]+) of (?<read>[\\d,]+) rows rejected \\((?<pct>[\\d.]+)%\\), more than the allowed "
                    + "(?<allowed>[\\d.]+)%; first: (?<first>.*?)(?:; all in .*)?$");
    private static final Pattern REJECT_AT = Pattern.compile("^line (?<line>\\d+)(?:, column (?<column>[^:]+))?: (?<reason>.*)$");
    private static final Pattern FILE_PROBLEM = Pattern.compile("^(?<file>[\\w.-]+\\.csv): (?<rest>.*)$");

    /** Whole messages about the import or one file; the first group, when there is one, is the file. */
    private static final List<Rule> MESSAGES = List.of(
            rule("^no contract file found \\(expected any of (.*)\\)$", "import.msg.noFiles"),
            rule("^([^:]+): missing required columns? (.*?) \\(header has: (.*)\\)$", "import.msg.missingColumns"),
            rule("^([^:]+): the file is empty \\(no header row\\)$", "import.msg.emptyFile"),
            rule("^([^:]+): the header row has bytes that are not UTF-8$", "import.msg.headerNotUtf8"),
            rule("^([^:]+): has no valid subscriber rows$", "import.msg.noSubscriberRows"),
            rule("^([^:]+): file not found.*$", "import.msg.fileNotFound"));

    /** Engine texts with nothing worth translating after them: the frame is translated, the detail kept. */
    private static final List<Rule> FRAMED = List.of(
            rule("^database error: (.*)$", "import.msg.databaseError"),
            rule("^cannot read the files: (.*)$", "import.msg.cannotRead"),
            rule("^cannot stage the import: (.*)$", "import.msg.cannotStage"),
            rule("^unexpected error: (.*)$", "import.msg.unexpected"));

    /** Why one row was rejected (the engine's FieldError and row checks). */
    private static final List<Rule> REASONS = List.of(
            rule("^required (?:field|amount|number) is empty$", "import.reason.required"),
            rule("^not a phone number: '(.*)' \\(expected optional \\+ then 5-20 digits\\)$", "import.reason.notPhone"),
            rule("^not an amount in CNY with at most two decimals: '(.*)'$", "import.reason.notAmount"),
            rule("^not a whole number ≥ 0: '(.*)'$", "import.reason.notWholeNumber"),
            rule("^not a decimal number ≥ 0: '(.*)'$", "import.reason.notDecimal"),
            rule("^not a date YYYY-MM-DD: '(.*)'$", "import.reason.notDate"),
            rule("^not a month YYYY-MM: '(.*)'$", "import.reason.notMonth"),
            rule("^not true/false: '(.*)'$", "import.reason.notBoolean"),
            rule("^not M or F: '(.*)'$", "import.reason.notGender"),
            rule("^unknown group '(.*)' \\(not in groups\\.csv\\)$", "import.reason.unknownGroup"),
            rule("^unknown plan '(.*)' \\(not in plans\\.csv\\)$", "import.reason.unknownPlan"),
            rule("^unknown manager '(.*)' \\(not in managers\\.csv\\)$", "import.reason.unknownManager"),
            rule("^unknown subscriber '?([^' ]*)'? \\(.*\\)$", "import.reason.unknownSubscriber"),
            rule("^duplicate msisdn (\\S+) \\(first on line (\\d+)\\)$", "import.reason.duplicateMsisdnAt"),
            rule("^duplicate (\\w+) '(.*)' \\(the first row wins\\)$", "import.reason.duplicateKey"),
            rule("^duplicate row for (\\S+) in (\\S+)$", "import.reason.duplicateMonth"),
            rule("^expected (\\d+) fields, found (\\d+)$", "import.reason.fieldCount"),
            rule("^birth date in the far future: (.*)$", "import.reason.birthInFuture"),
            rule("^capacity must be between 1 and 1000000: (.*)$", "import.reason.capacity"));

    public List<Line> lines(String message) {
        List<Line> lines = new ArrayList<>();
        if (message == null || message.isBlank()) return lines;
        String text = PersonalData.maskNumbersIn(message.trim());
        Matcher m = TOO_MANY_REJECTS.matcher(text);
        if (m.matches()) {
            lines.add(new Line("import.msg.tooManyRejects", new Object[] {m.group("file"), m.group("rejected"), m.group("read"),
                    m.group("pct"), m.group("allowed")}, null));
            lines.addAll(firstReject(m.group("first")));
            return lines;
        }
        for (Rule rule : MESSAGES) {
            Matcher r = rule.pattern.matcher(text);
            if (r.matches()) {
                lines.add(new Line(rule.key, groups(r), null));
                return lines;
            }
        }
        for (Rule rule : FRAMED) {
            Matcher r = rule.pattern.matcher(text);
            if (r.matches()) {
                lines.add(new Line(rule.key, new Object[0], r.group(1)));
                return lines;
            }
        }
        Matcher file = FILE_PROBLEM.matcher(text);
        if (file.matches()) {
            lines.add(new Line("import.msg.fileProblem", new Object[] {file.group("file")}, file.group("rest")));
            return lines;
        }
        lines.add(new Line("import.msg.other", new Object[0], text));
        return lines;
    }

    /** "line 5, column bill: reason", as the import words its first rejected row: where, then why. */
    private static List<Line> firstReject(String first) {
        Matcher at = REJECT_AT.matcher(first);
        if (!at.matches()) return List.of(new Line("import.msg.firstReject", new Object[0], first));
        Line where = at.group("column") == null
                ? new Line("import.msg.firstRejectAtLine", new Object[] {at.group("line")}, null)
                : new Line("import.msg.firstRejectAt", new Object[] {at.group("line"), at.group("column")}, null);
        return List.of(where, reason(at.group("reason")));
    }

    /** One row's reject reason (the engine's words) as a message, or framed as received. */
    static Line reason(String reason) {
        for (Rule rule : REASONS) {
            Matcher r = rule.pattern.matcher(reason);
            if (r.matches()) return new Line(rule.key, groups(r), null);
        }
        return new Line("import.reason.other", new Object[0], reason);
    }

    private static Object[] groups(Matcher m) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1) == null ? "" : m.group(i + 1);
        return args;
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }
}
