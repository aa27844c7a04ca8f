package dev.retain.app.campaign.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.merchant.MerchantFixture;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.security.MerchantStaffLogins;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue's screens (SPEC R7.1, R14): a supervisor creates, changes and retires an offer in zh-CN; a rule that does
 * not compile comes back at its field with CEL's error and the form as typed; English; analysts and managers read
 * without a form; complaint handlers and merchant staff are refused every page, and every change is refused to all
 * but supervisors and admins. Codes "TP…".
 */
@RetainWebTest
class OfferPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Offers offers;
    @Autowired JdbcClient jdbc;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder create(String user, String code, String eligibility) {
        LocalDate today = LocalDate.now();
        return post("/offers").with(logins.as(user)).with(csrf()).param("kind", "prepay_bonus").param("code", code)
                .param("nameZh", "预存 300 返 120").param("nameEn", "Prepay 300, get 120 back").param("param.deposit", "300")
                .param("param.bonus", "120").param("param.months", "12").param("eligibility", eligibility).param("cost", "35")
                .param("validFrom", today.toString()).param("validTo", today.plusMonths(2).toString()).param("stock", "50")
                .param("priorAcceptance", "20%");
    }

    @Test
    void aSupervisorCreatesChangesAndRetiresAnOfferAndABadRuleComesBackAtItsField() throws Exception {
        String code = OfferFixture.code("TP");
        String refused = mvc.perform(create(TestLogins.SUPERVISOR, code, "zone == 'yellow' && bil > 100.0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("规则无法编译", "bil", "id=\"eligibility-error\"", "预存 300 返 120", "value=\"300\"");
        assertThat(offers.list()).noneMatch(o -> o.code().equals(code));

        String location = mvc.perform(create(TestLogins.SUPERVISOR, code, "zone == 'yellow' && bill > 100.0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/offers/\\d+");
        long id = Long.parseLong(location.substring("/offers/".length()));
        Offer o = offers.get(id);
        assertThat(o.priorAcceptance()).isEqualByComparingTo("0.20");
        assertThat(o.stock()).isEqualTo(50);

        assertThat(page(TestLogins.SUPERVISOR, "/offers")).contains(code, "预存 300 返 120", "预存返还", "上架中", "zone == &#39;yellow&#39;");
        assertThat(page(TestLogins.SUPERVISOR, "/offers/" + id)).contains("offer-form", "下架", "尚无登记的回应");
        assertThat(page(TestLogins.SUPERVISOR, "/offers/" + id + "?lang=en")).contains("Prepay bonus", "Prepay 300, get 120 back", "Retire");

        mvc.perform(post("/offers/" + id).with(logins.as(TestLogins.ADMIN)).with(csrf()).param("version", "1").param("nameZh", "预存 300 返 150")
                        .param("nameEn", "Prepay 300, get 150 back").param("param.deposit", "300").param("param.bonus", "150")
                        .param("param.months", "12").param("eligibility", "true").param("cost", "40").param("validFrom", o.validFrom().toString())
                        .param("validTo", o.validTo().toString()).param("stock", "").param("stockShown", "50").param("priorAcceptance", "0.25"))
                .andExpect(status().is3xxRedirection());
        Offer changed = offers.get(id);
        assertThat(changed.param("bonus")).isEqualTo("150");
        assertThat(changed.stock()).isNull();
        mvc.perform(post("/offers/" + id + "/state").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("version", "2").param("active", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(offers.get(id).active()).isFalse();
        assertThat(page(TestLogins.SUPERVISOR, "/offers")).contains("已下架");
    }

    @Test
    void aNewStockTypedOnAFigureThatAcceptancesChangedComesBackAtTheStockField() throws Exception {
        String code = OfferFixture.code("TP");
        String location = mvc.perform(create(TestLogins.SUPERVISOR, code, "true")).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/offers/".length()));
        Offer o = offers.get(id);
        assertThat(page(TestLogins.SUPERVISOR, "/offers/" + id)).contains("name=\"stockShown\"", "value=\"50\"");
        // two acceptances while the form is open
        offers.take(id);
        offers.take(id);
        String refused = mvc.perform(post("/offers/" + id).with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("version", "1")
                        .param("nameZh", o.nameZh()).param("nameEn", o.nameEn()).param("param.deposit", "300").param("param.bonus", "120")
                        .param("param.months", "12").param("eligibility", "true").param("cost", "35").param("validFrom", o.validFrom().toString())
                        .param("validTo", o.validTo().toString()).param("stock", "80").param("stockShown", "50").param("priorAcceptance", "0.2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("表单显示库存 50，现剩余 48", "id=\"offer-stock-shown\" value=\"48\"", "value=\"80\"");
        assertThat(offers.get(id).stock()).isEqualTo(48);
        // sent again from that page (it now shows 48), the new stock is saved
        mvc.perform(post("/offers/" + id).with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("version", "1")
                        .param("nameZh", o.nameZh()).param("nameEn", o.nameEn()).param("param.deposit", "300").param("param.bonus", "120")
                        .param("param.months", "12").param("eligibility", "true").param("cost", "35").param("validFrom", o.validFrom().toString())
                        .param("validTo", o.validTo().toString()).param("stock", "80").param("stockShown", "48").param("priorAcceptance", "0.2"))
                .andExpect(status().is3xxRedirection());
        assertThat(offers.get(id).stock()).isEqualTo(80);
    }

    @Test
    void analystsAndManagersReadWhileHandlersAndMerchantStaffAreRefused() throws Exception {
        long id = offers.create(OfferFixture.gift(OfferFixture.code("TP"), "true", "10", null, "0.2"), TestLogins.SUPERVISOR);
        for (String reader : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            assertThat(page(reader, "/offers")).contains("测试礼品").doesNotContain("new-gift");
            assertThat(page(reader, "/offers/" + id)).contains("测试礼品", "offer-terms").doesNotContain("save-offer", "offer-state-form", "id=\"offer-form\"");
        }
        MerchantFixture.Made shop = MerchantFixture.merchant(merchants, staff, "TPM-" + (System.nanoTime() % 100000));
        for (String refused : List.of(TestLogins.HANDLER, shop.admin(), shop.clerk())) {
            mvc.perform(get("/offers").with(logins.as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/offers/" + id).with(logins.as(refused))).andExpect(status().isForbidden());
        }
        for (String wrong : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER, shop.clerk())) {
            mvc.perform(get("/offers/new").param("kind", "gift").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(create(wrong, OfferFixture.code("TP"), "true")).andExpect(status().isForbidden());
            mvc.perform(post("/offers/" + id).with(logins.as(wrong)).with(csrf()).param("version", "1")).andExpect(status().isForbidden());
            mvc.perform(post("/offers/" + id + "/state").with(logins.as(wrong)).with(csrf()).param("version", "1").param("active", "false"))
                    .andExpect(status().isForbidden());
        }
        assertThat(offers.get(id).active()).isTrue();
        assertThat(offers.get(id).version()).isEqualTo(1);
    }
}
