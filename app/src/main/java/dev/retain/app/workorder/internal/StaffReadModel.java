package dev.retain.app.workorder.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads security's {@code app_user}: the enabled admins, the last level an overdue work order is escalated to. */
@Component
public class StaffReadModel {

    private final JdbcClient jdbc;

    StaffReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> admins() {
        return jdbc.sql("select username from app_user where role = 'admin' and enabled order by username").query(String.class).list();
    }
}
