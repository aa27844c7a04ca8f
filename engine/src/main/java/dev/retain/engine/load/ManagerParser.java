package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.ManagerRole;

/** managers.csv → {@link Manager}; an empty capacity means the role's default; branch and team are optional. */
public final class ManagerParser implements RowHandler {

    private final RowSink<Manager> sink;
    private int id, name, role, region, capacity, active, branch, team;

    public ManagerParser(RowSink<Manager> sink) {
        this.sink = sink;
    }

    @Override
    public void bind(Header h) {
        id = h.position("manager_id");
        name = h.position("name");
        role = h.position("role");
        region = h.position("region");
        capacity = h.position("capacity");
        active = h.position("active");
        branch = h.position("branch");
        team = h.position("team");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        long cap = f.optionalCount(capacity, "capacity", 0);
        if (!f.isEmpty(capacity) && (cap <= 0 || cap > 1_000_000)) {
            throw new FieldError("capacity", "capacity must be between 1 and 1000000: " + cap);
        }
        sink.accept(new Manager(f.requiredText(id, "manager_id"), f.requiredText(name, "name"),
                f.code(role, "role", ManagerRole::parse), f.requiredText(region, "region"), (int) cap,
                f.optionalBoolean(active, "active", true),
                f.optionalText(branch), f.optionalText(team)), line);
        return true;
    }
}
