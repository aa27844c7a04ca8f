package dev.retain.app.care.internal;

import dev.retain.app.care.internal.CareCustomersReadModel.CareCustomer;
import dev.retain.app.customer.RegionNames;
import dev.retain.engine.care.DueMoment;
import dev.retain.engine.care.MomentKind;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The template variables a care message fills (notify's {@code TemplateVariables} names), in
 * zh-CN, the language customers are written to. {@link #FILLED} lists them: a playbook may name
 * only templates that use no others (the balance, for one, is not in the contract's data).
 */
@Component
public class CareVariables {

    public static final List<String> FILLED = List.of("honorific", "customer_name", "manager_name", "festival", "date", "points",
            "plan_name", "event", "region");
    private static final Locale CUSTOMERS = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final RegionNames regionNames;

    CareVariables(MessageSource messages, RegionNames regionNames) {
        this.messages = messages;
        this.regionNames = regionNames;
    }

    public Map<String, String> of(CareCustomer c, DueMoment m, String managerName) {
        Map<String, String> v = new HashMap<>();
        v.put("honorific", honorific(c.name(), c.gender()));
        v.put("customer_name", c.name());
        // no manager yet: left empty, the templates' "您的客户经理{manager_name}敬上" still reads as Chinese
        v.put("manager_name", managerName != null ? managerName : "");
        v.put("date", date(m.kind() == MomentKind.POINTS_EXPIRY && c.pointsExpiry() != null ? c.pointsExpiry() : m.occursOn()));
        v.put("points", NumberFormat.getIntegerInstance(CUSTOMERS).format(c.points()));
        v.put("plan_name", c.planName() != null ? c.planName() : word("care.message.yourPlan"));
        v.put("region", regionNames.region(c.region(), CUSTOMERS));
        if (m.kind() == MomentKind.FESTIVAL) v.put("festival", word("care.festival." + m.occasion()));
        if (m.kind() == MomentKind.REGION_EVENT) v.put("event", m.occasion());
        return v;
    }

    /** 王先生 / 王女士 from the surname and gender; the whole name when the gender is unknown. */
    String honorific(String name, String gender) {
        if (name == null || name.isBlank()) return word("care.message.customer");
        String surname = name.substring(0, name.offsetByCodePoints(0, 1));
        if ("M".equals(gender)) return surname + "先生";
        if ("F".equals(gender)) return surname + "女士";
        return name;
    }

    private static String date(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, CUSTOMERS);
    }
}
