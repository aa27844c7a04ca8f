package dev.retain.app.care.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin's message templates as the playbook sees them (notify's {@code message_template},
 * read-only): which codes exist and the variables each uses, so a playbook that names a template
 * that does not exist, or one needing a value the care run cannot fill, is refused when saved.
 */
@Component
public class TemplateCatalogReadModel {

    private final JdbcClient jdbc;

    TemplateCatalogReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Template code → its declared variables, by code. */
    public Map<String, List<String>> templates() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        jdbc.sql("select code, variables from message_template order by code").query(rs -> {
            String[] variables = (String[]) rs.getArray("variables").getArray();
            found.put(rs.getString("code"), List.of(variables));
        });
        return found;
    }
}
