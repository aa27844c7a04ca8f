package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The operator's merchant pages (/admin/merchants): the admin creates, changes, takes online and offline and deletes
 * a merchant, each leaving a history row; sets the yearly experiences; adds outlets, offers and staff logins. Every
 * refusal comes back as a translated sentence, never an error page; everyone but the admin is refused the pages.
 * Merchant codes PGA…
 */
@RetainWebTest
class MerchantAdminPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantOutlets outlets;
    @Autowired MerchantStaffLogins staff;
    @Autowired ExperienceLimits limits;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAdminCreatesChangesTakesOnlineAndOfflineAndDeletesAMerchantEachWithAHistoryRow() throws Exception {
        String location = mvc.perform(asAdmin(post("/admin/merchants")).param("code", "PGA1").param("name", "西湖茶馆")
                        .param("club", "leisure").param("region", "hangzhou").param("contactName", "李经理").param("contactPhone", "0571-87001234"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/merchants/*"))
                .andExpect(flash().attribute("saved", "商家已创建（下线状态）。"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MerchantView created = merchants.get(id);
        assertThat(created.online()).isFalse();

        String list = page("/admin/merchants");
        assertThat(list).contains("联盟商家").contains("PGA1").contains("西湖茶馆").contains("休闲俱乐部").contains("已下线");

        // a change made against the version the admin saw; one made against an older one is refused by name
        mvc.perform(asAdmin(post("/admin/merchants/" + id)).param("version", Integer.toString(created.version())).param("name", "西湖茶馆（湖滨店）")
                        .param("club", "leisure").param("region", "hangzhou").param("contactName", "李经理").param("contactPhone", "0571-87001235"))
                .andExpect(redirectedUrl("/admin/merchants/" + id)).andExpect(flash().attribute("saved", "已保存。"));
        mvc.perform(asAdmin(post("/admin/merchants/" + id)).param("version", Integer.toString(created.version())).param("name", "旧版本")
                        .param("club", "leisure"))
                .andExpect(redirectedUrl("/admin/merchants/" + id)).andExpect(flash().attribute("refused", "商家PGA1已被他人修改，请刷新后重试。"));
        int version = merchants.get(id).version();
        mvc.perform(asAdmin(post("/admin/merchants/" + id + "/state")).param("version", Integer.toString(version)).param("online", "true"))
                .andExpect(flash().attribute("saved", "商家已上线。"));
        assertThat(merchants.get(id).online()).isTrue();
        version = merchants.get(id).version();
        mvc.perform(asAdmin(post("/admin/merchants/" + id + "/state")).param("version", Integer.toString(version)).param("online", "false"))
                .andExpect(flash().attribute("saved", "商家已下线。"));

        // the detail page: contact phone shown (business data), the history with translated actions
        String detail = page("/admin/merchants/" + id);
        assertThat(detail).contains("西湖茶馆（湖滨店）").contains("0571-87001235").contains("变更记录").contains("创建").contains("修改信息")
                .contains("上线").contains("下线").contains("name=\"version\"");

        // delete: refused without the confirmation box, done with it
        version = merchants.get(id).version();
        mvc.perform(asAdmin(post("/admin/merchants/" + id + "/delete")).param("version", Integer.toString(version)))
                .andExpect(redirectedUrl("/admin/merchants/" + id)).andExpect(flash().attribute("refused", "请勾选确认框后再删除。"));
        assertThat(merchants.get(id).deleted()).isFalse();
        mvc.perform(asAdmin(post("/admin/merchants/" + id + "/delete")).param("version", Integer.toString(version)).param("confirm", "true"))
                .andExpect(redirectedUrl("/admin/merchants")).andExpect(flash().attribute("saved", "商家已删除。"));
        assertThat(merchants.get(id).deleted()).isTrue();
        assertThat(merchants.history(id)).extracting(MerchantChange::action)
                .containsExactly("deleted", "offline", "online", "changed", "created");
        assertThat(merchants.history(id)).allMatch(h -> h.byUser().equals(TestLogins.ADMIN));

        assertThat(page("/admin/merchants")).doesNotContain("PGA1");
        assertThat(page("/admin/merchants?deleted=true")).contains("PGA1").contains("已删除");
        String deleted = page("/admin/merchants/" + id);
        assertThat(deleted).contains("已删除").doesNotContain("id=\"details-form\"").doesNotContain("id=\"delete-form\"");
    }

    @Test
    void refusalsComeBackAsTranslatedSentences() throws Exception {
        mvc.perform(asAdmin(post("/admin/merchants")).param("code", "pg a2").param("name", "小写编码").param("club", "leisure"))
                .andExpect(redirectedUrl("/admin/merchants"))
                .andExpect(flash().attribute("refused", "商家编码“pg a2”：2-32位大写字母、数字或连字符。"));
        mvc.perform(asAdmin(post("/admin/merchants")).param("code", "PGA2").param("name", "俱乐部不对").param("club", "golf"))
                .andExpect(flash().attribute("refused", containsString("未知俱乐部“golf”")));
        MerchantFixture.merchantOnce(merchants, staff, "PGA3");
        mvc.perform(asAdmin(post("/admin/merchants")).param("code", "PGA3").param("name", "重复").param("club", "car"))
                .andExpect(flash().attribute("refused", "商家编码PGA3已被使用。"));
        // the form comes back as typed
        mvc.perform(asAdmin(post("/admin/merchants")).param("code", "PGA4").param("name", "").param("club", "car").param("contactPhone", "abc"))
                .andExpect(flash().attribute("refused", "请填写商家名称（不超过100字）。"))
                .andExpect(result -> assertThat(result.getFlashMap().get("merchantForm"))
                        .hasToString("MerchantForm[code=PGA4, name=, club=car, region=, contactName=, contactPhone=abc]"));
        // in English when the admin chose English
        mvc.perform(asAdmin(post("/admin/merchants")).param("code", "PGA3").param("name", "dup").param("club", "car")
                        .cookie(new jakarta.servlet.http.Cookie("retain-lang", "en")))
                .andExpect(flash().attribute("refused", "Merchant code PGA3 is already taken."));
        mvc.perform(asAdmin(get("/admin/merchants/999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void theYearlyExperiencesPerTierAreSetOnTheListEmptyMeaningNoLimit() throws Exception {
        // as stored (read here, not through the service under test), to put back for the other tests of this database
        Map<String, Integer> before = new LinkedHashMap<>();
        jdbc.sql("select tier, per_year from merchant_experience_limit").query((rs, i) -> before.put(rs.getString(1), (Integer) rs.getObject(2)))
                .list();
        try {
            mvc.perform(asAdmin(post("/admin/merchants/limits")).param("limit-diamond", "").param("limit-gold", "7").param("limit-silver", "x")
                            .param("limit-none", "0"))
                    .andExpect(flash().attribute("refused", "每年体验次数须留空（不限）或为不小于0的整数。"));
            assertThat(limits.all()).as("none of them changed").containsEntry("gold", before.get("gold"))
                    .containsEntry("silver", before.get("silver"));
            mvc.perform(asAdmin(post("/admin/merchants/limits")).param("limit-diamond", "").param("limit-gold", "-1").param("limit-silver", "2")
                            .param("limit-none", "0"))
                    .andExpect(flash().attribute("refused", "每年体验次数须留空（不限）或为不小于0的整数。"));
            mvc.perform(asAdmin(post("/admin/merchants/limits")).param("limit-diamond", "").param("limit-gold", "7").param("limit-silver", "2")
                            .param("limit-none", "0"))
                    .andExpect(flash().attribute("saved", "每年体验次数已保存。"));
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("diamond", null);
            expected.put("gold", 7);
            expected.put("silver", 2);
            expected.put("none", 0);
            assertThat(limits.all()).isEqualTo(expected);
            assertThat(page("/admin/merchants")).contains("各等级每年体验次数").contains("钻石卡").contains("name=\"limit-gold\"")
                    .contains("value=\"7\"");
        } finally {
            limits.setAll(before, MerchantFixture.operatorAdmin());
        }
    }

    @Test
    void outletsOffersAndStaffLoginsAreMadeOnTheMerchantsPage() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGA5");
        String base = "/admin/merchants/" + m.id();
        mvc.perform(asAdmin(post(base + "/outlets")).param("name", "湖滨店").param("address", "杭州市上城区湖滨路1号").param("openingHours", "10:00-22:00"))
                .andExpect(redirectedUrl(base + "#outlets")).andExpect(flash().attribute("saved", "门店已添加。"));
        OutletView outlet = outlets.of(m.id()).stream().filter(o -> o.name().equals("湖滨店")).findFirst().orElseThrow();
        mvc.perform(asAdmin(post(base + "/outlets/" + outlet.id())).param("name", "湖滨店").param("address", "杭州市上城区湖滨路2号")
                .param("openingHours", "10:00-21:00")).andExpect(flash().attribute("saved", "已保存。"));
        assertThat(outlets.of(m.id())).filteredOn(o -> o.id() == outlet.id()).singleElement()
                .satisfies(o -> assertThat(o.active()).as("closed: the box was not ticked").isFalse())
                .satisfies(o -> assertThat(o.address()).isEqualTo("杭州市上城区湖滨路2号"));
        mvc.perform(asAdmin(post(base + "/outlets")).param("name", "").param("address", "x").param("openingHours", "x"))
                .andExpect(flash().attribute("refused", "请填写门店名称（不超过100字）。"));

        mvc.perform(asAdmin(post(base + "/offers")).param("title", "下午茶双人套餐").param("kind", "redemption").param("pointsPrice", "800")
                        .param("value", "68.50").param("validFrom", "2026-01-01").param("validTo", "2027-12-31").param("quota", "50"))
                .andExpect(redirectedUrl(base + "#offers")).andExpect(flash().attribute("saved", "优惠已添加。"));
        OfferView offer = offers.of(m.id()).stream().filter(o -> o.title().equals("下午茶双人套餐")).findFirst().orElseThrow();
        assertThat(offer.valueFen()).isEqualTo(6850);
        assertThat(offer.quota()).isEqualTo(50);
        mvc.perform(asAdmin(post(base + "/offers")).param("title", "坏价格").param("kind", "redemption").param("pointsPrice", "八百")
                        .param("value", "1").param("validFrom", "2026-01-01").param("validTo", "2027-12-31"))
                .andExpect(flash().attribute("refused", "所需积分八百须在0到10,000,000之间。"));
        mvc.perform(asAdmin(post(base + "/offers")).param("title", "坏日期").param("kind", "experience").param("pointsPrice", "0")
                        .param("value", "1").param("validFrom", "2027-01-01").param("validTo", "2026-12-31"))
                .andExpect(flash().attribute("refused", "请填写有效期的起止日期，结束日期不得早于开始日期。"));

        String offerPage = page(base + "/offers/" + offer.id());
        assertThat(offerPage).contains("下午茶双人套餐").contains("0 / 50").contains("修改优惠").contains("68.50");
        // withdrawn (no active box), quota now unlimited
        mvc.perform(asAdmin(post(base + "/offers/" + offer.id())).param("title", "下午茶双人套餐").param("pointsPrice", "900").param("value", "68.50")
                        .param("validFrom", "2026-01-01").param("validTo", "2027-12-31").param("quota", ""))
                .andExpect(redirectedUrl(base + "#offers")).andExpect(flash().attribute("saved", "已保存。"));
        assertThat(offers.get(m.id(), offer.id())).satisfies(o -> {
            assertThat(o.active()).isFalse();
            assertThat(o.quota()).isNull();
            assertThat(o.pointsPrice()).isEqualTo(900);
        });
        MerchantFixture.Made other = MerchantFixture.merchantOnce(merchants, staff, "PGA6");
        mvc.perform(asAdmin(get("/admin/merchants/" + other.id() + "/offers/" + offer.id()))).andExpect(status().isNotFound());

        mvc.perform(asAdmin(post(base + "/staff")).param("username", "pga5-second-admin").param("password", "merchant-password-2")
                        .param("displayName", "第二管理员").param("role", "merchant_admin"))
                .andExpect(redirectedUrl(base + "#staff")).andExpect(flash().attribute("saved", "账号已创建。"));
        mvc.perform(asAdmin(post(base + "/staff")).param("username", "pga5-supervisor").param("password", "merchant-password-2")
                        .param("role", "supervisor"))
                .andExpect(flash().attribute("refused", "商家员工只能是商家管理员或柜台店员。"));
        mvc.perform(asAdmin(post(base + "/staff")).param("username", "pga5-short").param("password", "short").param("role", "merchant_clerk"))
                .andExpect(flash().attribute("refused", containsString("密码至少需要")));
        assertThat(staff.ofMerchant(m.id())).anySatisfy(l -> {
            assertThat(l.username()).isEqualTo("pga5-second-admin");
            assertThat(l.role()).isEqualTo(Role.MERCHANT_ADMIN);
        });
        mvc.perform(asAdmin(post(base + "/staff/pga5-second-admin/enabled")).param("enabled", "false"))
                .andExpect(flash().attribute("saved", "已保存。"));
        assertThat(staff.ofMerchant(m.id())).filteredOn(l -> l.username().equals("pga5-second-admin")).singleElement()
                .satisfies(l -> assertThat(l.enabled()).isFalse());
        // another merchant's login is unknown here
        mvc.perform(asAdmin(post("/admin/merchants/" + other.id() + "/staff/pga5-clerk/enabled")).param("enabled", "false"))
                .andExpect(flash().attribute("refused", "没有用户 pga5-clerk。"));

        String detail = page(base);
        assertThat(detail).contains("湖滨店").contains("下午茶双人套餐").contains("已下架").contains("pga5-second-admin").contains("已停用")
                .contains("商家管理员").contains("商家店员");
    }

    @Test
    void onlyTheOperatorsAdminMayOpenThePages() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGA7");
        List<String> others = List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.HANDLER, TestLogins.PHONE, m.admin(), m.clerk());
        for (String user : others) {
            mvc.perform(get("/admin/merchants").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/merchants/" + m.id()).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/merchants").with(logins.as(user)).with(csrf()).param("code", "PGA8").param("name", "x").param("club", "car"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/merchants/limits").with(logins.as(user)).with(csrf()).param("limit-gold", "99"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/merchants/" + m.id() + "/state").with(logins.as(user)).with(csrf()).param("version", "1")
                    .param("online", "false")).andExpect(status().isForbidden());
        }
        assertThat(merchants.list(true)).noneMatch(x -> x.code().equals("PGA8"));
        assertThat(merchants.get(m.id()).online()).isTrue();
        assertThat(page("/admin/rules")).as("the admin's navigation links the merchants").contains("href=\"/admin/merchants\"");
    }

    @Test
    void thePagesReadInEnglishToo() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGA9");
        OfferView offer = MerchantFixture.offer(offers, m.id(), "Afternoon tea", "redemption", 100, null);
        outlets.add(m.id(), new OutletDraft("Lakeside", "1 Hubin Road", "10:00-22:00"));
        for (String path : List.of("/admin/merchants", "/admin/merchants/" + m.id(), "/admin/merchants/" + m.id() + "/offers/" + offer.id())) {
            String html = mvc.perform(get(path).with(logins.as(TestLogins.ADMIN)).cookie(new jakarta.servlet.http.Cookie("retain-lang", "en")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(path + ": every text has its English").doesNotContain("??").contains("Merchants");
        }
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(logins.as(TestLogins.ADMIN)).with(csrf());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
