package dev.retain.app.retention.internal;

import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.security.RetainUser;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds needs and preference notes (SPEC R1.5) to {@code customer_note}, a table of this module. */
@Component
public class CustomerNotes {

    private final JdbcClient jdbc;
    private final CustomerAccess access;

    CustomerNotes(JdbcClient jdbc, CustomerAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public long add(RetainUser user, String msisdn, String tags, String note) {
        access.requireMayWrite(user, msisdn);
        return jdbc.sql("insert into customer_note (msisdn, tags, note, author) values (?, ?, ?, ?) returning id")
                .params(msisdn, normaliseTags(tags), note.trim(), user.username()).query(Long.class).single();
    }

    /** "Travel， data ,,family" → "travel,data,family": lower case, no blanks, Chinese commas accepted. */
    static String normaliseTags(String tags) {
        if (tags == null) return "";
        return Arrays.stream(tags.split("[,，;；]")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().collect(Collectors.joining(","));
    }
}
