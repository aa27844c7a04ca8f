package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The opaque customer key: given by the database on every import path, stable, unique, and found from either form of a number. */
@RetainWebTest
class CustomerKeysTests {

    @Autowired ImportService imports;
    @Autowired CustomerKeys keys;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    private List<String> keysOf(SmallProvince p) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn like ? order by msisdn").param(p.prefix() + "%")
                .query(String.class).list();
    }

    @Test
    void anImportedSubscriberGetsAKeyThatLaterImportsNeverChange() throws Exception {
        SmallProvince p = new SmallProvince(771, 12);
        Path dir = p.write(tmp.resolve("first"));
        assertThat(imports.importFrom(dir, "tester", ImportService.CLI).succeeded()).isTrue();
        List<String> first = keysOf(p);
        assertThat(first).hasSize(12).doesNotHaveDuplicates().allSatisfy(k -> assertThat(UUID.fromString(k).version()).isEqualTo(4));

        // a changed name and a new subscriber: the upsert updates in place, the new row gets a key of its own
        List<String> rows = new java.util.ArrayList<>(p.subscribers);
        rows.set(0, rows.get(0).replace(",张0,", ",张零,"));
        rows.add(p.subscribers.get(1).replace(p.msisdn(1), p.msisdn(99)));
        Path second = Files.createDirectories(tmp.resolve("second"));
        SmallProvince.writeSubscribers(second, rows);
        assertThat(imports.importFrom(second, "tester", ImportService.CLI).succeeded()).isTrue();
        List<String> after = keysOf(p);
        assertThat(after.subList(0, 12)).isEqualTo(first);
        assertThat(after).hasSize(13).doesNotHaveDuplicates();
        assertThat(keys.msisdnOf(first.get(0))).contains(p.msisdn(0));
        assertThat(keys.keyOf(p.msisdn(0))).contains(first.get(0));
    }

    @Test
    void everyFormOfANumberFindsTheCustomerWhicheverFormTheExportUsed() {
        // the database keys on the canonical number, the form received is kept beside it
        jdbc.sql("""
                insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                values ('13877100001', '13877100001', '甲', 'hangzhou', 'gotone', date '2020-01-01'),
                       ('13877100002', '+8613877100002', '乙', 'hangzhou', 'gotone', date '2020-01-01')""").update();
        String national = keys.keyOf("13877100001").orElseThrow();
        String received = keys.keyOf("13877100002").orElseThrow();
        for (String form : new String[] {"13877100001", "+8613877100001", "008613877100001", "8613877100001", " 13877100001 "}) {
            assertThat(keys.find(form)).as(form).contains(national);
        }
        for (String form : new String[] {"13877100002", "+8613877100002", "008613877100002"}) {
            assertThat(keys.find(form)).as(form).contains(received);
        }
        assertThat(keys.find("13877109999")).isEmpty();
        assertThat(keys.find("")).isEmpty();
        assertThat(keys.find(null)).isEmpty();
    }

    @Test
    void textThatIsNoKeyFindsNobody() {
        assertThat(keys.msisdnOf("13877100001")).isEmpty();
        assertThat(keys.msisdnOf("'; drop table subscriber; --")).isEmpty();
        assertThat(keys.msisdnOf(null)).isEmpty();
        assertThat(keys.msisdnOf(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void theKeyIsUniqueAndNeverMissing() {
        assertThat(jdbc.sql("select count(*) from subscriber where customer_key is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = 'subscriber_customer_key'")
                .query(String.class).single()).isEqualTo("UNIQUE (customer_key)");
    }
}
