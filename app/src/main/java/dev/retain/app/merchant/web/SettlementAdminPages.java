package dev.retain.app.merchant.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.merchant.ContractRule;
import dev.retain.app.merchant.MerchantNotFound;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.MerchantView;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.merchant.SettlementContract;
import dev.retain.app.merchant.SettlementContracts;
import dev.retain.app.merchant.SettlementDetail;
import dev.retain.app.merchant.SettlementFees;
import dev.retain.app.merchant.SettlementMoney;
import dev.retain.app.merchant.Settlements;
import dev.retain.app.security.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's settlement review (SPEC R11.5), for admins (the URL fence keeps /admin/** to them; supervisors do
 * not see merchants' money): settlements by state, one with its lines and its reconciliation with the points ledger,
 * approve (refused unless it reconciles) or return with a reason, downloads; and the merchants' settlement contracts.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettlementAdminPages {

    private static final List<String> STATES = List.of("applied", "approved", "returned");

    private final Settlements settlements;
    private final SettlementContracts contracts;
    private final Merchants merchants;
    private final SettlementMoney money;
    private final SettlementWeb web;
    private final CurrentUser currentUser;

    SettlementAdminPages(Settlements settlements, SettlementContracts contracts, Merchants merchants, SettlementMoney money,
                         SettlementWeb web, CurrentUser currentUser) {
        this.settlements = settlements;
        this.contracts = contracts;
        this.merchants = merchants;
        this.money = money;
        this.web = web;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/settlements")
    String list(@RequestParam(required = false) String state, Model model) {
        String s = state == null ? "applied" : STATES.contains(state) ? state : "";
        var rows = settlements.inState(currentUser.get(), s.isEmpty() ? null : s);
        model.addAttribute("rows", rows);
        model.addAttribute("states", STATES);
        model.addAttribute("state", s);
        model.addAttribute("total", rows.stream().map(r -> r.totals()).reduce(dev.retain.app.merchant.SettlementTotals.ZERO,
                dev.retain.app.merchant.SettlementTotals::plus));
        return "merchant/admin-settlements";
    }

    @GetMapping("/admin/settlements/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        SettlementDetail detail = found(id);
        model.addAttribute("d", detail);
        model.addAttribute("s", detail.settlement());
        model.addAttribute("check", settlements.reconcile(currentUser.get(), id));
        return "merchant/admin-settlement";
    }

    @PostMapping("/admin/settlements/{id:\\d+}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        try {
            settlements.approve(currentUser.get(), id);
            redirect.addFlashAttribute("done", "approved");
        } catch (MerchantNotFound e) {
            throw new NotFoundException("settlement " + id);
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", web.refusal(e));
        }
        return "redirect:/admin/settlements/" + id;
    }

    @PostMapping("/admin/settlements/{id:\\d+}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            settlements.returnToMerchant(currentUser.get(), id, reason);
            redirect.addFlashAttribute("done", "returned");
        } catch (MerchantNotFound e) {
            throw new NotFoundException("settlement " + id);
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", web.refusal(e));
        }
        return "redirect:/admin/settlements/" + id;
    }

    @GetMapping("/admin/settlements/{id:\\d+}/statement.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return web.xlsx(found(id));
    }

    @GetMapping("/admin/settlements/{id:\\d+}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return web.pdf(found(id));
    }

    // ---- contracts --------------------------------------------------------------------------------

    /** One row per live merchant: its contract (null: none yet, so it cannot apply). */
    public record ContractRow(MerchantView merchant, SettlementContract contract) {
    }

    @GetMapping("/admin/settlements/contracts")
    String contractList(Model model) {
        List<ContractRow> rows = new ArrayList<>();
        for (MerchantView m : merchants.list(false)) rows.add(new ContractRow(m, contracts.find(m.id()).orElse(null)));
        model.addAttribute("rows", rows);
        return "merchant/admin-contracts";
    }

    @GetMapping("/admin/merchants/{id:\\d+}/contract")
    String contract(@PathVariable long id, Model model) {
        MerchantView merchant = merchant(id);
        SettlementContract contract = contracts.find(id).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contractNo", contract == null || contract.contractNo() == null ? "" : contract.contractNo());
        for (String c : SettlementFees.CATEGORIES) {
            ContractRule r = contract == null ? ContractRule.free(c) : contract.rule(c);
            form.put("fee_" + c, money.plain(r.feePerRedemptionFen()));
            form.put("share_" + c, money.plainPercent(r.shareBp()));
            form.put("minimum_" + c, money.plain(r.minimumFen()));
            form.put("cap_" + c, money.plain(r.capFen()));
        }
        return contractPage(merchant, contract, form, model);
    }

    @PostMapping("/admin/merchants/{id:\\d+}/contract")
    String saveContract(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        MerchantView merchant = merchant(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contractNo", params.getOrDefault("contractNo", ""));
        for (String c : SettlementFees.CATEGORIES) {
            for (String field : List.of("fee_", "share_", "minimum_", "cap_")) form.put(field + c, params.getOrDefault(field + c, ""));
        }
        try {
            int version = Integer.parseInt(params.getOrDefault("version", "0"));
            List<ContractRule> rules = new ArrayList<>();
            for (String c : SettlementFees.CATEGORIES) {
                Long fee = fen(form.get("fee_" + c));
                rules.add(new ContractRule(c, fee == null ? 0 : fee, basisPoints(form.get("share_" + c)), fen(form.get("minimum_" + c)),
                        fen(form.get("cap_" + c))));
            }
            contracts.save(id, version, form.get("contractNo"), rules, currentUser.get());
            redirect.addFlashAttribute("done", "saved");
            return "redirect:/admin/merchants/" + id + "/contract";
        } catch (NumberFormatException e) {
            model.addAttribute("refused", web.refusal(new MerchantRefused("merchant.settlement.error.contract-stale", merchant.code())));
        } catch (MerchantRefused e) {
            model.addAttribute("refused", web.refusal(e));
        }
        return contractPage(merchant, contracts.find(id).orElse(null), form, model);
    }

    private String contractPage(MerchantView merchant, SettlementContract contract, Map<String, String> form, Model model) {
        model.addAttribute("merchant", merchant);
        model.addAttribute("contract", contract);
        model.addAttribute("form", form);
        model.addAttribute("categories", SettlementFees.CATEGORIES);
        return "merchant/admin-contract";
    }

    /** Yuan with at most two decimals, from 0, to fen; blank: null. */
    private static Long fen(String yuan) {
        String s = yuan == null ? "" : yuan.strip().replace(",", "");
        if (s.isEmpty()) return null;
        try {
            BigDecimal amount = new BigDecimal(s);
            if (amount.signum() < 0 || amount.scale() > 2) throw new MerchantRefused("merchant.settlement.error.amount", yuan.strip());
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MerchantRefused("merchant.settlement.error.amount", yuan.strip());
        }
    }

    /** A percent with at most two decimals, 0 to 100, to basis points; blank: 0. */
    private static int basisPoints(String percent) {
        String s = percent == null ? "" : percent.strip().replace("%", "");
        if (s.isEmpty()) return 0;
        try {
            BigDecimal p = new BigDecimal(s);
            if (p.signum() < 0 || p.scale() > 2 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new MerchantRefused("merchant.settlement.error.percent", percent.strip());
            }
            return p.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MerchantRefused("merchant.settlement.error.percent", percent.strip());
        }
    }

    private SettlementDetail found(long id) {
        return settlements.find(currentUser.get(), id).orElseThrow(() -> new NotFoundException("settlement " + id));
    }

    private MerchantView merchant(long id) {
        MerchantView m = merchants.find(id).orElseThrow(() -> new NotFoundException("merchant " + id));
        if (m.deleted()) throw new NotFoundException("merchant " + id);
        return m;
    }
}
