package dev.retain.app.customer;

import dev.retain.engine.value.Msisdn;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A customer's needs and preference notes (SPEC R1.5: needs capture, tags and notes), part of
 * the customer's data. Who may write about whom is the caller's check.
 */
@Service
public class NeedsNotes {

    private final JdbcClient jdbc;

    NeedsNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a note with its tags (normalised, see {@link #normaliseTags}) under the customer's canonical number; returns its id. */
    public long add(String msisdn, String tags, String note, String author) {
        return jdbc.sql("insert into customer_note (msisdn, tags, note, author) values (?, ?, ?, ?) returning id")
                .params(Msisdn.canonical(msisdn), normaliseTags(tags), note.trim(), author).query(Long.class).single();
    }

    /** "Travel， data ,,family" → "travel,data,family": lower case, no blanks, Chinese commas accepted. */
    static String normaliseTags(String tags) {
        if (tags == null) return "";
        return Arrays.stream(tags.split("[,，;；]")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(","));
    }
}
