package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The counter API (SPEC R11.2) end to end on the real database and the real SMS path: a code goes out through the
 * outbox to the SMSC simulator, the code from the customer's handset gives a token, the token redeems once per
 * Idempotency-Key; refusals as problem documents; another merchant's staff and every operator role refused.
 * MSISDNs 1379150xxxx and merchant codes starting "CA" belong to this class.
 */
@RetainWebTest
class CounterApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired SmscSimulator simulator;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;

    private MerchantFixture.Made shop;
    private MerchantFixture.Made otherShop;
    private String msisdn;

    @BeforeEach
    void shops() {
        int n = NEXT.incrementAndGet();
        shop = MerchantFixture.merchant(merchants, staff, "CA" + n + "-" + (System.nanoTime() % 100000));
        otherShop = MerchantFixture.merchant(merchants, staff, "CB" + n + "-" + (System.nanoTime() % 100000));
        msisdn = "1379150" + String.format("%04d", n);
        MerchantFixture.customer(jdbc, msisdn, 1000, "gold");
    }

    private ResultActions call(RequestPostProcessor who, String path, String json) throws Exception {
        return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions redeem(RequestPostProcessor who, String key, String json) throws Exception {
        return mvc.perform(post("/api/v1/counter/redemptions").with(who).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String sendCode(RequestPostProcessor clerk, String number) throws Exception {
        String answer = call(clerk, "/api/v1/counter/verifications", "{\"msisdn\":\"" + number + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.msisdn").value(number.substring(0, 3) + "****" + number.substring(7)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    /** A verified customer's token, by the code the handset received. */
    private String verify(RequestPostProcessor clerk, String number) throws Exception {
        long mark = CounterCodes.mark(simulator);
        String id = sendCode(clerk, number);
        String code = CounterCodes.codeSentTo(simulator, number, mark);
        String answer = call(clerk, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.token");
    }

    @Test
    void aClerkVerifiesByCodeRedeemsOnceAndTooFewPointsIsAConflict() throws Exception {
        long offerId = MerchantFixture.offer(offers, shop.id(), "双人下午茶", "redemption", 300, 10).id();
        // the till's own credentials: HTTP Basic with the clerk's login
        RequestPostProcessor clerk = httpBasic(shop.clerk(), MerchantFixture.PASSWORD);
        long mark = CounterCodes.mark(simulator);
        String id = sendCode(clerk, msisdn);
        String code = CounterCodes.codeSentTo(simulator, msisdn, mark);
        String wrong = code.equals("000000") ? "111111" : "000000";
        call(clerk, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + wrong + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.code-wrong")).andExpect(jsonPath("$.attemptsLeft").value(4));
        String answer = call(clerk, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("gold")).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(answer, "$.token");
        // a used code cannot be used again
        call(clerk, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.code-used"));

        call(clerk, "/api/v1/counter/balance", "{\"token\":\"" + token + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value(1000)).andExpect(jsonPath("$.lots[0].points").value(1000))
                .andExpect(jsonPath("$.experiencesLeft").value(12));

        String first = redeem(clerk, "till-1", "{\"token\":\"" + token + "\",\"offerId\":" + offerId + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("redemption")).andExpect(jsonPath("$.points").value(300))
                .andExpect(jsonPath("$.balanceAfter").value(700)).andExpect(jsonPath("$.replay").value(false))
                .andReturn().getResponse().getContentAsString();
        String receiptNo = JsonPath.read(first, "$.receiptNo");
        assertThat(receiptNo).startsWith(shop.code() + "-");
        redeem(clerk, "till-1", "{\"token\":\"" + token + "\",\"offerId\":" + offerId + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.receiptNo").value(receiptNo)).andExpect(jsonPath("$.replay").value(true))
                .andExpect(jsonPath("$.balanceAfter").value(700));
        redeem(clerk, "till-1", "{\"token\":\"" + token + "\",\"points\":5}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("merchant.error.key-reused"));

        redeem(clerk, "till-2", "{\"token\":\"" + token + "\",\"points\":800}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("merchant.error.insufficient")).andExpect(jsonPath("$.balance").value(700))
                .andExpect(jsonPath("$.requested").value(800));
        redeem(clerk, "till-3", "{\"token\":\"" + token + "\",\"points\":700}").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("consumption")).andExpect(jsonPath("$.balanceAfter").value(0));
        redeem(clerk, "till-4", "{\"token\":\"" + token + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.offer-or-points"));
        mvc.perform(post("/api/v1/counter/redemptions").with(clerk).contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\":\"" + token + "\",\"points\":1}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.idempotency-key"));

        assertThat(jdbc.sql("select count(*) from merchant_redemption where merchant_id = ?").param(shop.id()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select used from merchant_offer where id = ?").param(offerId).query(Integer.class).single()).isEqualTo(1);
        // the code went out through the one outbox, as a secret service message
        assertThat(jdbc.sql("select count(*) from outbox_message where msisdn = ? and template_code = 'one_time_code' and secret")
                .param(msisdn).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherMerchantsStaffCannotUseThisMerchantsVerificationTokenOrOffer() throws Exception {
        long offerId = MerchantFixture.offer(offers, shop.id(), "洗车一次", "redemption", 100, null).id();
        RequestPostProcessor clerk = logins.as(shop.clerk());
        RequestPostProcessor stranger = logins.as(otherShop.clerk());
        RequestPostProcessor strangerAdmin = logins.as(otherShop.admin());
        long mark = CounterCodes.mark(simulator);
        String id = sendCode(clerk, msisdn);
        String code = CounterCodes.codeSentTo(simulator, msisdn, mark);
        call(stranger, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}").andExpect(status().isNotFound());
        call(strangerAdmin, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}").andExpect(status().isNotFound());
        String token = JsonPath.read(call(clerk, "/api/v1/counter/verifications/" + id, "{\"code\":\"" + code + "\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.token");

        call(stranger, "/api/v1/counter/balance", "{\"token\":\"" + token + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.token"));
        redeem(stranger, "s-1", "{\"token\":\"" + token + "\",\"offerId\":" + offerId + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.token"));
        String strangerToken = verify(stranger, msisdn);
        redeem(stranger, "s-2", "{\"token\":\"" + strangerToken + "\",\"offerId\":" + offerId + "}").andExpect(status().isNotFound());
        // the same key at two merchants is two requests
        redeem(clerk, "same-key", "{\"token\":\"" + token + "\",\"points\":10}").andExpect(status().isOk());
        redeem(stranger, "same-key", "{\"token\":\"" + strangerToken + "\",\"points\":10}").andExpect(status().isOk())
                .andExpect(jsonPath("$.replay").value(false)).andExpect(jsonPath("$.balanceAfter").value(980));
    }

    @Test
    void operatorRolesAndClientsAreRefusedAndMerchantStaffReachNothingElse() throws Exception {
        String json = "{\"msisdn\":\"" + msisdn + "\"}";
        for (String operator : List.of(TestLogins.ADMIN, TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.HANDLER, TestLogins.PHONE,
                TestLogins.CUSTOMER_MANAGER)) {
            call(logins.as(operator), "/api/v1/counter/verifications", json).andExpect(status().isForbidden());
            call(logins.as(operator), "/api/v1/counter/balance", "{\"token\":\"x\"}").andExpect(status().isForbidden());
        }
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        String key = clients.create("all-" + System.nanoTime(), java.util.EnumSet.complementOf(java.util.EnumSet.of(Scope.COUNTER)), admin)
                .key();
        mvc.perform(post("/api/v1/counter/verifications").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/counter/verifications").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());

        for (String merchantStaff : List.of(shop.clerk(), shop.admin())) {
            mvc.perform(get("/api/v1/work-orders/1").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/customers").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            for (String page : List.of("/tasks", "/messages", "/supervisor", "/complaints", "/care/today", "/alerts", "/admin/rules")) {
                mvc.perform(get(page).with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.sql("select count(*) from counter_verification where msisdn = ?").param(msisdn).query(Long.class).single()).isZero();
    }

    @Test
    void aTillsKeyActsAsAClerkOfItsMerchantAndReachesNothingElse() throws Exception {
        RetainUser merchantAdmin = new RetainUser(shop.admin(), "商家管理员", Role.MERCHANT_ADMIN, null, shop.id());
        String key = staff.createTillKey(shop.id(), "till-" + shop.code().toLowerCase(), merchantAdmin).key();
        RequestPostProcessor till = request -> {
            request.addHeader("Authorization", "Bearer " + key);
            return request;
        };
        String token = verify(till, msisdn);
        redeem(till, "t-1", "{\"token\":\"" + token + "\",\"points\":25}").andExpect(status().isOk())
                .andExpect(jsonPath("$.clerk").value("client:till-" + shop.code().toLowerCase()))
                .andExpect(jsonPath("$.balanceAfter").value(975));
        mvc.perform(get("/api/v1/work-orders/1").with(till)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/messages/1").with(till)).andExpect(status().isForbidden());
        String otherId = sendCode(logins.as(otherShop.clerk()), msisdn);
        call(till, "/api/v1/counter/verifications/" + otherId, "{\"code\":\"123456\"}").andExpect(status().isNotFound());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.create("sneaky-" + System.nanoTime(), Set.of(Scope.COUNTER),
                new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null))).isInstanceOf(ApiClients.Refused.class);
        staff.revokeTillKey(shop.id(), staff.tillsOf(shop.id()).get(0).clientId(), merchantAdmin);
        call(till, "/api/v1/counter/balance", "{\"token\":\"" + token + "\"}").andExpect(status().isUnauthorized());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> staff.revokeTillKey(otherShop.id(), 1L, merchantAdmin))
                .isInstanceOf(MerchantStaffLogins.StaffLoginRefused.class);
    }

    @Test
    void codesAreLimitedPerNumberAndAttemptsPerCode() throws Exception {
        RequestPostProcessor clerk = logins.as(shop.clerk());
        String first = sendCode(clerk, msisdn);
        for (int i = 0; i < 5; i++) {
            call(clerk, "/api/v1/counter/verifications/" + first, "{\"code\":\"abc\"}").andExpect(status().isBadRequest());
        }
        call(clerk, "/api/v1/counter/verifications/" + first, "{\"code\":\"abc\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.code-locked"));
        assertThat(jdbc.sql("select attempts from counter_verification where id = ?::uuid").param(first).query(Integer.class).single())
                .isEqualTo(5);
        for (int i = 0; i < 4; i++) sendCode(clerk, msisdn);
        call(logins.as(otherShop.clerk()), "/api/v1/counter/verifications", "{\"msisdn\":\"" + msisdn + "\"}")
                .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.code").value("merchant.error.too-many-codes-number"));
        call(clerk, "/api/v1/counter/verifications", "{\"msisdn\":\"13791599999\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.not-a-customer"));
        // a number looked up that is no customer counts against the clerk's hourly codes, so lookups cannot go on without end
        assertThat(jdbc.sql("select count(*) from counter_verification where clerk = ? and msisdn = '13791599999'").param(shop.clerk())
                .query(Long.class).single()).isEqualTo(1);
        call(clerk, "/api/v1/counter/verifications", "{\"msisdn\":\"call me\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("merchant.error.msisdn"));
    }

    @Test
    void anOfflineMerchantsCounterIsClosed() throws Exception {
        MerchantView m = merchants.get(shop.id());
        merchants.setOnline(m.id(), m.version(), false, new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null));
        call(logins.as(shop.clerk()), "/api/v1/counter/verifications", "{\"msisdn\":\"" + msisdn + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("merchant.error.offline"));
    }

    @Test
    void experiencesStopAtTheTiersYearlyLimit() throws Exception {
        String silver = "1379151" + String.format("%04d", NEXT.incrementAndGet());
        MerchantFixture.customer(jdbc, silver, 0, "silver");
        long experience = MerchantFixture.offer(offers, shop.id(), "瑜伽体验课", "experience", 0, null).id();
        RequestPostProcessor clerk = logins.as(shop.clerk());
        String token = verify(clerk, silver);
        for (int i = 1; i <= 4; i++) {
            redeem(clerk, "exp-" + i, "{\"token\":\"" + token + "\",\"offerId\":" + experience + "}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.kind").value("experience"));
        }
        redeem(clerk, "exp-5", "{\"token\":\"" + token + "\",\"offerId\":" + experience + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("merchant.error.experiences-used"));
        call(clerk, "/api/v1/counter/balance", "{\"token\":\"" + token + "\"}").andExpect(jsonPath("$.experiencesLeft").value(0));
        // the same key and offer for another customer is another request, not the first one's receipt
        String otherCustomer = verify(clerk, msisdn);
        redeem(clerk, "exp-1", "{\"token\":\"" + otherCustomer + "\",\"offerId\":" + experience + "}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("merchant.error.key-reused"));
    }

    @Test
    void parallelRepeatsOfOneKeyRedeemOnce() throws Exception {
        long offerId = MerchantFixture.offer(offers, shop.id(), "咖啡一杯", "redemption", 100, 3).id();
        RequestPostProcessor clerk = logins.as(shop.clerk());
        String token = verify(clerk, msisdn);
        String json = "{\"token\":\"" + token + "\",\"offerId\":" + offerId + "}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> redeem(clerk, "burst", json).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString()));
            }
            Set<String> receipts = new HashSet<>();
            for (Future<String> a : answers) receipts.add(JsonPath.read(a.get(), "$.receiptNo"));
            assertThat(receipts).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select used from merchant_offer where id = ?").param(offerId).query(Integer.class).single()).isEqualTo(1);
        call(clerk, "/api/v1/counter/balance", "{\"token\":\"" + token + "\"}").andExpect(jsonPath("$.balance").value(900));
    }
}
