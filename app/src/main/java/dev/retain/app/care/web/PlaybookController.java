package dev.retain.app.care.web;

import dev.retain.app.care.internal.Playbooks;
import dev.retain.app.care.internal.Playbooks.PlaybookRefused;
import dev.retain.app.retention.MomentTaskKinds;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.calendar.Festival;
import dev.retain.engine.care.CareAction;
import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.MomentKind;
import dev.retain.engine.care.PlaybookRow;
import dev.retain.engine.value.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The playbook editor (issue 11 point 8): for each moment (and each festival) and tier, what the
 * care run does — a message with which template, a task of which kind, both, or nothing. The
 * grid is saved whole, as one explicit row per moment and tier; every save is checked, versioned
 * and audited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PlaybookController {

    static final List<Tier> TIERS = List.of(Tier.DIAMOND, Tier.GOLD, Tier.SILVER, Tier.NONE);
    static final List<String> TASK_KINDS = List.of(MomentTaskKinds.GIFT, MomentTaskKinds.CARE_CALL, MomentTaskKinds.CONTRACT_RENEWAL);

    /** One cell of the grid: the moment row ({@code birthday}, {@code festival:spring}), the tier, the action in force. */
    public record Cell(String moment, String tier, CareAction action) {

        public String field(String what) {
            return what + "|" + moment + "|" + tier;
        }
    }

    private final Playbooks playbooks;
    private final CurrentUser currentUser;

    PlaybookController(Playbooks playbooks, CurrentUser currentUser) {
        this.playbooks = playbooks;
        this.currentUser = currentUser;
    }

    /** The grid's rows: each moment, the festivals under the festival row. */
    static List<String> moments() {
        List<String> rows = new ArrayList<>();
        for (MomentKind kind : MomentKind.values()) {
            rows.add(kind.code());
            if (kind == MomentKind.FESTIVAL) for (Festival f : Festival.values()) rows.add(kind.code() + ":" + f.code());
        }
        return rows;
    }

    @GetMapping("/admin/playbooks")
    String show(Model model) {
        CarePlaybook playbook = playbooks.current();
        Map<String, List<Cell>> grid = new LinkedHashMap<>();
        for (String moment : moments()) {
            List<Cell> cells = new ArrayList<>();
            for (Tier tier : TIERS) cells.add(new Cell(moment, tier.code(), resolve(playbook, moment, tier)));
            grid.put(moment, cells);
        }
        model.addAttribute("grid", grid);
        model.addAttribute("tiers", TIERS);
        model.addAttribute("templates", playbooks.usableTemplates());
        model.addAttribute("taskKinds", TASK_KINDS);
        model.addAttribute("actions", List.of(CareAction.Type.values()));
        model.addAttribute("edited", playbooks.edited());
        return "care/playbooks";
    }

    @PostMapping("/admin/playbooks")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<PlaybookRow> rows = new ArrayList<>();
        for (String moment : moments()) {
            for (Tier tier : TIERS) {
                Cell cell = new Cell(moment, tier.code(), null);
                String action = form.getOrDefault(cell.field("action"), "");
                boolean sends = action.equals("message") || action.equals("both");
                boolean tasks = action.equals("task") || action.equals("both");
                rows.add(new PlaybookRow(moment, tier.code(), action, sends ? form.getOrDefault(cell.field("template"), "") : "",
                        tasks ? form.getOrDefault(cell.field("task"), "") : ""));
            }
        }
        try {
            long version = playbooks.save(rows, currentUser.get());
            redirect.addFlashAttribute("saved", "care.playbook.saved");
            redirect.addFlashAttribute("version", version);
        } catch (PlaybookRefused e) {
            redirect.addFlashAttribute("refused", e.key());
            redirect.addFlashAttribute("refusedArgs", e.args());
        }
        return "redirect:/admin/playbooks";
    }

    @PostMapping("/admin/playbooks/reset")
    String reset(RedirectAttributes redirect) {
        long version = playbooks.reset(currentUser.get());
        redirect.addFlashAttribute("saved", "care.playbook.reset");
        redirect.addFlashAttribute("version", version);
        return "redirect:/admin/playbooks";
    }

    private static CareAction resolve(CarePlaybook playbook, String moment, Tier tier) {
        int colon = moment.indexOf(':');
        if (colon < 0) return playbook.actionFor(MomentKind.parse(moment), null, tier);
        return playbook.actionFor(MomentKind.FESTIVAL, Festival.parse(moment.substring(colon + 1)), tier);
    }
}
