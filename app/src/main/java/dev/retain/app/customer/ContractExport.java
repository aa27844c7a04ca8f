package dev.retain.app.customer;

import dev.retain.engine.load.ContractColumns;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported tables written back as the operator's files, in the exact contract format of
 * docs/data-formats.md (the inverse of the import), with PostgreSQL's COPY: so the engine
 * reads the database through the same parsers and checks as an operator's files. Each file
 * is written in the caller's transaction, so a caller that wants one snapshot for all of them
 * (the cycle) opens a repeatable-read transaction around the calls. MSISDNs go out as the
 * keys, i.e. canonical: the engine's outputs then carry the same keys and join straight back
 * (the number as received stays on the subscriber, for the screens).
 */
@Service
public class ContractExport {

    /** The files, in the order the engine loads them. */
    public static final List<String> FILES = List.of(ContractColumns.PLANS, ContractColumns.MANAGERS, ContractColumns.GROUPS,
            ContractColumns.SUBSCRIBERS, ContractColumns.USAGE, ContractColumns.CALL_PEERS);

    private final DataSource dataSource;

    ContractExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes one of {@link #FILES} into {@code dir}: the usage rows of {@code usageMonths}, the
     * call peers of {@code peerMonths}, everything of the other files.
     */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public void write(String file, Path dir, List<YearMonth> usageMonths, List<YearMonth> peerMonths) {
        String query = query(file, usageMonths, peerMonths);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(file)), 1 << 16)) {
            DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("export of " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** COPY takes no parameters: the months are inlined, and they are YearMonth's own text. */
    private static String query(String file, List<YearMonth> usageMonths, List<YearMonth> peerMonths) {
        return switch (file) {
            case ContractColumns.PLANS -> """
                    select plan_id, name, monthly_fee, voice_min, data_mb, sms, trim_scale(over_voice_per_min) as over_voice_per_min,
                      trim_scale(over_data_per_mb) as over_data_per_mb, trim_scale(over_sms) as over_sms from plan order by plan_id""";
            case ContractColumns.MANAGERS -> """
                    select manager_id, name, role, region, capacity, active::text as active, branch, team from manager order by manager_id""";
            case ContractColumns.GROUPS -> "select group_id, name, account_manager_id from customer_group order by group_id";
            // ordered by number: the engine's results (ties in assignment) do not depend on heap order
            case ContractColumns.SUBSCRIBERS -> """
                    select msisdn, name, gender, birth_date, lunar_birthday::text as lunar_birthday, region, branch, brand, tier, group_id,
                      join_date, plan_id, min_commit, contract_end, points, points_expiry, marketing_consent::text as marketing_consent,
                      dnd::text as dnd from subscriber order by msisdn""";
            case ContractColumns.USAGE -> "select msisdn, month, bill, mou_out, data_mb, sms, state from usage_monthly where month in ("
                    + literals(usageMonths) + ")";
            case ContractColumns.CALL_PEERS -> "select msisdn, month, peer, peer_operator, calls, minutes from call_peer where month in ("
                    + literals(peerMonths) + ")";
            default -> throw new IllegalArgumentException("not a contract file: " + file);
        };
    }

    private static String literals(List<YearMonth> months) {
        if (months.isEmpty()) return "null";
        return months.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "));
    }
}
