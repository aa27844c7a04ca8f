package dev.retain.app.retention.internal;

import dev.retain.app.customer.NeedsNotes;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.security.RetainUser;
import org.springframework.stereotype.Component;

/**
 * A manager adds a needs and preference note (SPEC R1.5) from the 360 view: the access check
 * is the workbench's, the note itself is the customer module's data ({@link NeedsNotes}).
 */
@Component
public class CustomerNotes {

    private final NeedsNotes notes;
    private final CustomerAccess access;

    CustomerNotes(NeedsNotes notes, CustomerAccess access) {
        this.notes = notes;
        this.access = access;
    }

    public long add(RetainUser user, String msisdn, String tags, String note) {
        access.requireMayWrite(user, msisdn);
        return notes.add(msisdn, tags, note, user.username());
    }
}
