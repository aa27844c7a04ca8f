package dev.retain.app.care.internal;

import dev.retain.app.retention.MomentTaskKinds;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.PlaybookRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbook in force: the admin's rows, or the engine's defaults until the admin saves one.
 * A save is checked whole: the engine's rules (every moment resolves for every tier), every
 * template exists in the admin's templates and uses only variables the care run fills, every task
 * kind is a moment task kind.
 */
@Service
public class Playbooks {

    public static final String AUDIT_ACTION = "care_playbook_saved";

    /** Why a playbook was refused: a message key of {@code messages/care} and its arguments. */
    public static class PlaybookRefused extends RuntimeException {
        private final String key;
        private final Object[] args;

        PlaybookRefused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private final PlaybookStore store;
    private final TemplateCatalogReadModel templates;
    private final AuditLog audit;

    Playbooks(PlaybookStore store, TemplateCatalogReadModel templates, AuditLog audit) {
        this.store = store;
        this.templates = templates;
        this.audit = audit;
    }

    public CarePlaybook current() {
        List<PlaybookRow> rows = store.rows();
        return rows.isEmpty() ? CarePlaybook.defaults() : CarePlaybook.of(rows, "care_playbook_row");
    }

    public boolean edited() {
        return !store.rows().isEmpty();
    }

    /** Checks and saves the rows as the whole playbook; returns its version. */
    @Transactional
    public long save(List<PlaybookRow> rows, RetainUser by) {
        check(rows);
        long version = store.replace(rows, by.username());
        audit.record(by, AUDIT_ACTION, "care_playbook", "version " + version + ", " + rows.size() + " rows");
        return version;
    }

    /** Back to the engine's defaults (as a saved version, so the history shows it). */
    @Transactional
    public long reset(RetainUser by) {
        return save(CarePlaybook.defaults().rows(), by);
    }

    /** Refuses a playbook the run could not carry out. */
    public void check(List<PlaybookRow> rows) {
        try {
            CarePlaybook.of(rows, "playbook");
        } catch (IllegalArgumentException e) {
            throw new PlaybookRefused("care.playbook.refused.engine", e.getMessage());
        }
        Map<String, List<String>> known = templates.templates();
        for (PlaybookRow r : rows) {
            String template = r.template();
            if (template != null && !template.isBlank() && !"none".equals(r.action())) {
                List<String> variables = known.get(template);
                if (variables == null) throw new PlaybookRefused("care.playbook.refused.unknownTemplate", template, r.moment(), r.tier());
                List<String> unfilled = new ArrayList<>(variables);
                unfilled.removeAll(CareVariables.FILLED);
                if (!unfilled.isEmpty()) {
                    throw new PlaybookRefused("care.playbook.refused.unfilledVariable", template, String.join(", ", unfilled));
                }
            }
            String kind = r.taskKind();
            if (kind != null && !kind.isBlank() && !"none".equals(r.action()) && !MomentTaskKinds.ALL.contains(kind)) {
                throw new PlaybookRefused("care.playbook.refused.unknownTaskKind", kind);
            }
        }
    }

    /** The templates a playbook may name: existing, and using only variables the run fills. */
    public List<String> usableTemplates() {
        return templates.templates().entrySet().stream()
                .filter(e -> CareVariables.FILLED.containsAll(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }
}
