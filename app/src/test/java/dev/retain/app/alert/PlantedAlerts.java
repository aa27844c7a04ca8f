package dev.retain.app.alert;

import dev.retain.engine.alert.AlertKind;
import dev.retain.engine.alert.Allowance;
import dev.retain.engine.alert.Resource;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageTotals;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Usage alerts of some customers of each given manager (a data alert and a bill shock), for the page crawls. */
public final class PlantedAlerts {

    private PlantedAlerts() {
    }

    public static void plantOnce(JdbcClient jdbc, AlertDelivery delivery, PlatformTransactionManager transactions, List<String> managerIds) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (String manager : managerIds) {
            List<String> customers = jdbc.sql("select msisdn from assignment where manager_id = ? order by msisdn limit 2")
                    .param(manager).query(String.class).list();
            for (String msisdn : customers) tx.executeWithoutResult(status -> plant(delivery, msisdn));
        }
    }

    /** A data alert (in-process) and a bill shock (from Kafka) of June 2035 for one customer; nothing when they exist. */
    public static void plant(AlertDelivery delivery, String msisdn) {
        YearMonth month = YearMonth.of(2035, 6);
        delivery.deliver(new UsageAlert(UsageAlert.idOf(msisdn, month, Resource.DATA, 80), msisdn, month, AlertKind.ALLOWANCE,
                Resource.DATA, 80, 0, new UsageTotals(16_384_500, 320, 12), new Allowance(20_000, 300, 100), 0, "P58",
                "cdr-planted-1", Instant.parse("2035-06-12T03:00:00Z")), "in_process");
        delivery.deliver(new UsageAlert(UsageAlert.idOf(msisdn, month, null, 0), msisdn, month, AlertKind.BILL_SHOCK, null, 0,
                10_000, new UsageTotals(26_000_000, 420, 12), new Allowance(20_000, 300, 100), 17_400, "P58",
                "cdr-planted-2", Instant.parse("2035-06-20T03:00:00Z")), "kafka");
    }
}
