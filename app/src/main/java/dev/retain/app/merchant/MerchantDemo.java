package dev.retain.app.merchant;

import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.merchant.internal.CounterCustomersReadModel;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's merchant alliance ({@code retain demo}): one merchant of each club, online, with an outlet and offers;
 * a settlement contract each; a merchant admin and a clerk login for the first; and tenure points for the demo's
 * high-value customers. Once: a later start finds them and adds nothing twice (merchants by code, contracts by
 * merchant, points by client key).
 */
@Service
public class MerchantDemo {

    /** What the demo prints: the logins, and a customer to try the counter with (a generated, not a real, number). */
    public record Seeded(int merchants, int customersGranted, String adminLogin, String clerkLogin, String merchantName,
                         String customerMsisdn, long customerPoints, String tillKey, String settlementToReview) {
    }

    private record DemoMerchant(String code, String name, String club, String outlet, String address, String hours,
                                String offer, long points, String value, String experience) {
    }

    private static final List<DemoMerchant> MERCHANTS = List.of(
            new DemoMerchant("DEMO-LEISURE", "悦享国际影城", "leisure", "湖滨店", "杭州市上城区湖滨路 28 号", "10:00-23:00",
                    "2D 电影票一张", 800, "45.00", "VIP 观影厅体验"),
            new DemoMerchant("DEMO-HEALTH", "康泰健康体检中心", "health", "文三路店", "杭州市西湖区文三路 90 号", "08:00-17:00",
                    "基础体检套餐", 3000, "199.00", "中医理疗体验"),
            new DemoMerchant("DEMO-WOMEN", "丽人美容会所", "women", "武林店", "杭州市拱墅区武林路 100 号", "10:00-21:00",
                    "面部护理一次", 1500, "128.00", "美甲体验"),
            new DemoMerchant("DEMO-PHONE", "数码天地手机店", "phone", "城站店", "杭州市上城区环城东路 1 号", "09:00-21:00",
                    "手机贴膜一次", 300, "30.00", "新机试用一周"),
            new DemoMerchant("DEMO-CAR", "车之家汽车服务", "car", "滨江店", "杭州市滨江区江南大道 588 号", "08:30-18:30",
                    "精致洗车一次", 500, "48.00", "免费车况检测"));

    private static final RetainUser DEMO = new RetainUser("demo", "demo", Role.ADMIN, null);
    private static final int DEMO_CUSTOMERS = 200;
    private static final String DEMO_TILL = "demo-till";
    /** The tenure points each demo customer gets. */
    public static final long TENURE_POINTS = 3_000;

    private final Merchants merchants;
    private final MerchantOffers offers;
    private final MerchantOutlets outlets;
    private final MerchantStaffLogins staff;
    private final CounterCustomersReadModel customers;
    private final PointsLedger ledger;
    private final SettlementContracts contracts;
    private final MerchantDemoHistory history;
    private final Clock clock;

    MerchantDemo(Merchants merchants, MerchantOffers offers, MerchantOutlets outlets, MerchantStaffLogins staff,
                 CounterCustomersReadModel customers, PointsLedger ledger, SettlementContracts contracts, MerchantDemoHistory history,
                 Clock clock) {
        this.history = history;
        this.merchants = merchants;
        this.offers = offers;
        this.outlets = outlets;
        this.staff = staff;
        this.customers = customers;
        this.ledger = ledger;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Transactional
    public Seeded seed(String adminLogin, String clerkLogin, String password) {
        LocalDate today = LocalDate.now(clock);
        long first = 0;
        for (DemoMerchant d : MERCHANTS) {
            long id = merchants.list(true).stream().filter(m -> m.code().equals(d.code())).map(MerchantView::id).findFirst()
                    .orElseGet(() -> create(d, today));
            if (first == 0) first = id;
            // a settlement contract, so the merchant can apply: 1.00 yuan a redemption + 3% of value (at least 10.00 a
            // month, at most 500.00), 5.00 an experience, 2% of consumption paid in points
            if (contracts.find(id).isEmpty()) {
                contracts.save(id, 0, "HT-" + d.code(), List.of(new ContractRule("redemption", 100, 300, 1_000L, 50_000L),
                        new ContractRule("experience", 500, 0, null, null), new ContractRule("consumption", 0, 200, null, null)), DEMO);
            }
        }
        List<String> existing = staff.ofMerchant(first).stream().map(MerchantStaffLogins.StaffLogin::username).toList();
        if (!existing.contains(adminLogin)) staff.create(first, adminLogin, password, "赵丽", Role.MERCHANT_ADMIN, DEMO);
        if (!existing.contains(clerkLogin)) staff.create(first, clerkLogin, password, "钱晨", Role.MERCHANT_CLERK, DEMO);

        String tillKey = tillKey(first);

        List<String> demoCustomers = customers.highValueCustomers(DEMO_CUSTOMERS);
        LocalDate expires = today.plusYears(1).withDayOfYear(1).plusYears(1).minusDays(1); // the end of next year
        for (String msisdn : demoCustomers) {
            ledger.grant("demo-tenure-" + msisdn, msisdn, TENURE_POINTS, expires, "tenure", "demo: tenure reward");
        }
        // last month's counter and its settlement application, from customers other than the one printed to try the counter
        MerchantView firstMerchant = merchants.get(first);
        String settlement = history.seed(firstMerchant, new RetainUser(adminLogin, "赵丽", Role.MERCHANT_ADMIN, null, first),
                        new RetainUser(clerkLogin, "钱晨", Role.MERCHANT_CLERK, null, first),
                        demoCustomers.size() > 1 ? demoCustomers.subList(1, demoCustomers.size()) : List.of())
                .map(v -> v.period() + " (" + v.state() + ")").orElse(null);
        String customer = demoCustomers.isEmpty() ? null : demoCustomers.get(0);
        long points = customer == null ? 0 : ledger.balance(customer).balance();
        return new Seeded(MERCHANTS.size(), demoCustomers.size(), adminLogin, clerkLogin, MERCHANTS.get(0).name(), customer, points,
                tillKey, settlement);
    }

    /** The demo till's key, new at every start (a key is shown once; the one printed before stops working). */
    private String tillKey(long merchantId) {
        List<MerchantStaffLogins.Till> tills = staff.tillsOf(merchantId).stream().filter(t -> t.name().startsWith(DEMO_TILL)).toList();
        // a demo till its merchant revoked stays revoked: the demo makes another
        return tills.stream().filter(t -> t.revokedAt() == null).findFirst()
                .map(t -> staff.renewTillKey(merchantId, t.clientId(), DEMO))
                .orElseGet(() -> staff.createTillKey(merchantId, tills.isEmpty() ? DEMO_TILL : DEMO_TILL + "-" + (tills.size() + 1), DEMO)).key();
    }

    private long create(DemoMerchant d, LocalDate today) {
        MerchantView m = merchants.create(new MerchantDraft(d.code(), d.name(), d.club(), "hangzhou", "联盟联络员", "0571-87000000"), DEMO);
        merchants.setOnline(m.id(), m.version(), true, DEMO);
        outlets.add(m.id(), new OutletDraft(d.outlet(), d.address(), d.hours()));
        offers.create(m.id(), new OfferDraft(d.offer(), "redemption", d.points(), new BigDecimal(d.value()), today.withDayOfYear(1),
                today.plusYears(1), 500));
        offers.create(m.id(), new OfferDraft(d.experience(), "experience", 0, new BigDecimal("0.00"), today.withDayOfYear(1),
                today.plusYears(1), null));
        return m.id();
    }
}
