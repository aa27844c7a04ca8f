package dev.retain.app.cycle.internal;

import dev.retain.engine.load.ComplaintRecord;
import dev.retain.engine.load.ContractColumns;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints the cycle counts as facts (complaints_1m, complaints_3m, the churn features), read
 * from complaint's table (owned by the complaint module) and written as the contract's
 * complaints.csv: the engine then counts the app's complaints with the same code as a folder's
 * file, so the CLI and the app see the same facts. Only complaints of known subscribers (the
 * customer module's subscriber, by the canonical number every table keys on): a complaint from
 * someone who is not a customer is no fact about a customer, and would be a reject.
 */
@Repository
public class ComplaintFactsReadModel {

    private final DataSource dataSource;

    ComplaintFactsReadModel(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes complaints.csv into {@code dir} with the complaints received on or after {@code from} (Asia/Shanghai), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public void write(Path dir, LocalDate from) {
        // the table's id is the complaint_id: unique, where external ids may be absent (staff intake)
        String query = """
                select c.id as complaint_id, c.msisdn,
                  to_char(c.received_at at time zone '%1$s', 'YYYY-MM-DD"T"HH24:MI:SS') as received_at,
                  c.channel, c.category, coalesce(nullif(btrim(c.description), ''), c.category) as description, c.region, c.branch
                from complaint c join subscriber s on s.msisdn = c.msisdn
                where c.received_at >= (date '%2$s')::timestamp at time zone '%1$s'
                order by c.id""".formatted(ComplaintRecord.ZONE.getId(), from);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ContractColumns.COMPLAINTS)), 1 << 16)) {
            DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("export of " + ContractColumns.COMPLAINTS + " failed: " + e.getMessage(), e);
        }
    }
}
