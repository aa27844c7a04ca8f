package dev.retain.engine.load;

import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FieldError;
import dev.retain.engine.csv.Fields;
import dev.retain.engine.csv.Header;
import dev.retain.engine.csv.RowHandler;
import dev.retain.engine.value.EnterpriseGroup;
import java.util.function.Predicate;

/** groups.csv → {@link EnterpriseGroup}; the account manager must exist when managers.csv does. */
public final class GroupParser implements RowHandler {

    private final RowSink<EnterpriseGroup> sink;
    private final Predicate<String> knownManager;
    private int id, name, accountManager;

    public GroupParser(RowSink<EnterpriseGroup> sink, Predicate<String> knownManager) {
        this.sink = sink;
        this.knownManager = knownManager;
    }

    @Override
    public void bind(Header h) {
        id = h.position("group_id");
        name = h.position("name");
        accountManager = h.position("account_manager_id");
    }

    @Override
    public boolean accept(CsvRecord r, Fields f, long line) throws FieldError {
        String manager = f.optionalText(accountManager);
        if (manager != null && !knownManager.test(manager)) {
            throw new FieldError("account_manager_id", "unknown manager '" + manager + "' (not in managers.csv)");
        }
        sink.accept(new EnterpriseGroup(f.requiredText(id, "group_id"), f.requiredText(name, "name"), manager), line);
        return true;
    }
}
