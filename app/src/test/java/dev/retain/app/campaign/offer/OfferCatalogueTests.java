package dev.retain.app.campaign.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The offer catalogue on the real database (SPEC R7.1): every kind's parameters checked and stored in their normal form,
 * the eligibility rule compiled at save (CEL's error at the field), the other fields refused at theirs, changes audited,
 * a stale form refused, and the stock never below zero under 200 parallel takes. Codes "T…", MSISDNs 137930xxxxx.
 */
@RetainWebTest
class OfferCatalogueTests {

    @Autowired Offers offers;
    @Autowired JdbcClient jdbc;

    private OfferRefused refusal(OfferDraft d) {
        try {
            offers.create(d, "t-supervisor");
        } catch (OfferRefused e) {
            return e;
        }
        throw new AssertionError("not refused: " + d);
    }

    @Test
    void anOfferOfEachKindIsStoredWithItsTermsInTheirNormalForm() {
        LocalDate today = LocalDate.now();
        Map<String, Map<String, String>> terms = Map.of(
                "prepay_bonus", Map.of("deposit", "300.00", "bonus", "120", "months", "12"),
                "gift", Map.of("item", " 保温杯 ", "value", "45.5"),
                "handset_discount", Map.of("bands", "0-11: 100；12-35:300.00; 36+:600"),
                "family_plan", Map.of("max_members", "4", "discount_percent", "30"),
                "addon_trial", Map.of("addon", "咪咕视频", "trial_months", "2", "price_after", "15"),
                "tenure_points", Map.of("points_per_year", "500", "min_tenure_months", "24"),
                "data_pack", Map.of("data_mb", "10240", "months", "3", "price", "0"),
                "voice_pack", Map.of("minutes", "300", "months", "2", "price", "10"));
        for (var e : terms.entrySet()) {
            String code = OfferFixture.code("TK");
            long id = offers.create(new OfferDraft(code.toLowerCase(), "优惠" + code, "Offer " + code, e.getKey(), e.getValue(),
                    "zone == 'yellow' && tenure_months >= 12", new BigDecimal("20.00"), today, today.plusMonths(3), null,
                    new BigDecimal("0.25")), "t-supervisor");
            Offer o = offers.find(id).orElseThrow();
            assertThat(o.code()).isEqualTo(code);
            assertThat(o.kind().code()).isEqualTo(e.getKey());
            assertThat(o.params().keySet()).containsExactlyInAnyOrderElementsOf(e.getValue().keySet());
            assertThat(o.name(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("优惠" + code);
            assertThat(o.name(java.util.Locale.ENGLISH)).isEqualTo("Offer " + code);
            assertThat(o.active()).isTrue();
            assertThat(o.offerableOn(today)).isTrue();
            if (e.getKey().equals("prepay_bonus")) assertThat(o.params()).containsEntry("deposit", "300").containsEntry("bonus", "120");
            if (e.getKey().equals("gift")) assertThat(o.params()).containsEntry("item", "保温杯").containsEntry("value", "45.5");
            if (e.getKey().equals("handset_discount")) assertThat(o.param("bands")).isEqualTo("0-11:100;12-35:300;36+:600");
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'offer_created' and subject = ?").param("offer " + code)
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aRuleThatDoesNotCompileIsRefusedAtItsFieldWithCelsError() {
        OfferRefused unknown = refusal(OfferFixture.gift(OfferFixture.code("TC"), "zone == 'yellow' && tenur_months > 3", "10", null, "0.2"));
        assertThat(unknown.field()).isEqualTo("eligibility");
        assertThat(unknown.code()).isEqualTo("offer.error.eligibility");
        assertThat((String) unknown.args()[0]).contains("tenur_months");
        OfferRefused notBool = refusal(OfferFixture.gift(OfferFixture.code("TC"), "bill + 1.0", "10", null, "0.2"));
        assertThat(notBool.field()).isEqualTo("eligibility");
        OfferRefused wrongType = refusal(OfferFixture.gift(OfferFixture.code("TC"), "zone > 3", "10", null, "0.2"));
        assertThat(wrongType.field()).isEqualTo("eligibility");
    }

    @Test
    void everyOtherFieldIsRefusedAtItsField() {
        LocalDate today = LocalDate.now();
        assertThat(refusal(OfferFixture.gift("x", "true", "10", null, "0.2")).field()).isEqualTo("code");
        assertThat(refusal(OfferFixture.gift(OfferFixture.code("TF"), "true", "-1", null, "0.2")).field()).isEqualTo("cost");
        assertThat(refusal(OfferFixture.gift(OfferFixture.code("TF"), "true", "1.234", null, "0.2")).field()).isEqualTo("cost");
        assertThat(refusal(OfferFixture.gift(OfferFixture.code("TF"), "true", "10", -1, "0.2")).field()).isEqualTo("stock");
        assertThat(refusal(OfferFixture.gift(OfferFixture.code("TF"), "true", "10", null, "1")).field()).isEqualTo("priorAcceptance");
        assertThat(refusal(OfferFixture.gift(OfferFixture.code("TF"), "true", "10", null, "0")).field()).isEqualTo("priorAcceptance");
        assertThat(refusal(new OfferDraft(OfferFixture.code("TF"), "礼", "Gift", "gift", Map.of("item", "杯", "value", "5"), "true",
                BigDecimal.ONE, today, today.minusDays(1), null, new BigDecimal("0.1"))).field()).isEqualTo("validTo");
        assertThat(refusal(new OfferDraft(OfferFixture.code("TF"), "礼", "Gift", "gift", Map.of("item", "杯"), "true",
                BigDecimal.ONE, today, today, null, new BigDecimal("0.1"))).field()).isEqualTo("param.value");
        assertThat(refusal(new OfferDraft(OfferFixture.code("TF"), "包", "Pack", "data_pack", Map.of("data_mb", "0", "months", "3", "price", "0"),
                "true", BigDecimal.ONE, today, today, null, new BigDecimal("0.1"))).field()).isEqualTo("param.data_mb");
        for (String bands : List.of("12-35:300;0-11:100", "0-11:100;36+:600;40-50:1", "0-11:0", "a-b:1", "10-5:100")) {
            assertThat(refusal(new OfferDraft(OfferFixture.code("TF"), "机", "Phone", "handset_discount", Map.of("bands", bands), "true",
                    BigDecimal.ONE, today, today, null, new BigDecimal("0.1"))).field()).as(bands).isEqualTo("param.bands");
        }
        assertThat(refusal(new OfferDraft(OfferFixture.code("TF"), "机", "Phone", "lottery", Map.of(), "true", BigDecimal.ONE, today, today,
                null, new BigDecimal("0.1"))).field()).isEqualTo("kind");
        String code = OfferFixture.code("TF");
        offers.create(OfferFixture.gift(code, "true", "10", null, "0.2"), "t-supervisor");
        OfferRefused taken = refusal(OfferFixture.gift(code, "true", "10", null, "0.2"));
        assertThat(taken.field()).isEqualTo("code");
        assertThat(taken.code()).isEqualTo("offer.error.code-taken");
    }

    @Test
    void aChangeAndARetirementAreAuditedAndAStaleFormIsRefused() {
        String code = OfferFixture.code("TR");
        long id = offers.create(OfferFixture.gift(code, "true", "10", 3, "0.2"), "t-supervisor");
        offers.change(id, 1, 3, OfferFixture.gift(code, "tier == 'gold'", "12.5", 7, "0.3"), "t-admin");
        Offer changed = offers.get(id);
        assertThat(changed.eligibility()).isEqualTo("tier == 'gold'");
        assertThat(changed.cost()).isEqualByComparingTo("12.5");
        assertThat(changed.stock()).isEqualTo(7);
        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> offers.change(id, 1, 7, OfferFixture.gift(code, "true", "1", null, "0.2"), "t-admin"))
                .isInstanceOfSatisfying(OfferRefused.class, e -> assertThat(e.code()).isEqualTo("offer.error.stale"));
        offers.setActive(id, 2, false, "t-supervisor");
        assertThat(offers.get(id).active()).isFalse();
        assertThat(offers.get(id).offerableOn(LocalDate.now())).isFalse();
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by id").param("offer " + code).query(String.class).list())
                .containsExactly("offer_created", "offer_changed", "offer_retired");
    }

    @Test
    void anEditNeverPutsBackStockTakenWhileTheFormWasOpen() {
        String code = OfferFixture.code("TK");
        long id = offers.create(OfferFixture.gift(code, "true", "10", 200, "0.2"), "t-supervisor");
        // the form shows 200 left at version 1; thirty acceptances meanwhile; the supervisor changes the name only
        for (int i = 0; i < 30; i++) assertThat(offers.take(id)).isTrue();
        OfferDraft renamed = new OfferDraft(code, "新名字" + code, "New name " + code, "gift", java.util.Map.of("item", "保温杯", "value", "40"),
                "true", new BigDecimal("10"), LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), 200, new BigDecimal("0.2"));
        offers.change(id, 1, 200, renamed, "t-supervisor");
        Offer afterRename = offers.get(id);
        assertThat(afterRename.nameEn()).isEqualTo("New name " + code);
        assertThat(afterRename.stock()).isEqualTo(170);
        assertThat(afterRename.taken()).isEqualTo(30);

        // the form shows 170 at version 2; five more acceptances; a new stock typed on the old figure is refused at the field
        for (int i = 0; i < 5; i++) assertThat(offers.take(id)).isTrue();
        OfferDraft restocked = new OfferDraft(code, "新名字" + code, "New name " + code, "gift", java.util.Map.of("item", "保温杯", "value", "40"),
                "true", new BigDecimal("10"), LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), 300, new BigDecimal("0.2"));
        assertThatThrownBy(() -> offers.change(id, 2, 170, restocked, "t-supervisor"))
                .isInstanceOfSatisfying(OfferRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("stock");
                    assertThat(e.code()).isEqualTo("offer.error.stock-moved");
                    assertThat(e.args()).containsExactly("170", "165");
                });
        assertThat(offers.get(id).stock()).isEqualTo(165);
        assertThat(offers.get(id).version()).isEqualTo(2);
        // typed again on the figure as it is now, the new stock is saved
        offers.change(id, 2, 165, restocked, "t-supervisor");
        assertThat(offers.get(id).stock()).isEqualTo(300);
        assertThat(offers.get(id).taken()).isEqualTo(35);
    }

    @Test
    void twoHundredParallelTakesOfTheLastFiveTakeExactlyFiveAndTheStockNeverGoesBelowZero() throws Exception {
        long id = offers.create(OfferFixture.gift(OfferFixture.code("TS"), "true", "10", 5, "0.2"), "t-supervisor");
        ExecutorService pool = Executors.newFixedThreadPool(200);
        List<Boolean> results = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Callable<Boolean> take = () -> {
                    start.await();
                    return offers.take(id);
                };
                futures.add(pool.submit(take));
            }
            start.countDown();
            for (Future<Boolean> f : futures) results.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(5);
        Offer after = offers.get(id);
        assertThat(after.stock()).isZero();
        assertThat(after.taken()).isEqualTo(5);
        assertThat(offers.take(id)).isFalse();
        // and the table itself refuses a stock below zero, whoever writes it
        assertThatThrownBy(() -> jdbc.sql("update offer set stock = stock - 1 where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // an offer without stock counts its acceptances and never runs out
        long unlimited = offers.create(OfferFixture.gift(OfferFixture.code("TS"), "true", "10", null, "0.2"), "t-supervisor");
        assertThat(offers.take(unlimited)).isTrue();
        assertThat(offers.get(unlimited).taken()).isEqualTo(1);
        assertThat(offers.get(unlimited).stock()).isNull();
    }
}
