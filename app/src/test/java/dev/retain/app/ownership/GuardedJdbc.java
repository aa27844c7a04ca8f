package dev.retain.app.ownership;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyDual;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.postgresql.core.BaseConnection;
import org.postgresql.util.ByteStreamWriter;

/**
 * A DataSource whose connections show every statement to the {@link OwnershipGuard} before
 * it runs: plain statements at execute, prepared and callable ones at prepare (their SQL is
 * fixed then), and COPY through {@code unwrap(PGConnection.class).getCopyAPI()}.
 */
final class GuardedJdbc {

    private static final Set<String> STATEMENT_SQL_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private GuardedJdbc() {
    }

    /** Closeable as well, so that a bean declared with {@code destroyMethod = "close"} still closes its pool. */
    interface GuardedDataSource extends DataSource, Closeable {
    }

    static DataSource dataSource(DataSource target, OwnershipGuard guard) {
        if (target instanceof GuardedDataSource) return target;
        return (DataSource) Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(), new Class<?>[] {GuardedDataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (target instanceof AutoCloseable closeable) closeable.close();
                        return null;
                    }
                    if (isUnwrapFor(method, args, GuardedDataSource.class)) return method.getName().equals("unwrap") ? proxy : true;
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c, guard) : result;
                });
    }

    private static Connection connection(Connection target, OwnershipGuard guard) {
        return (Connection) Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql) {
                        guard.check(sql);
                    }
                    if (name.equals("unwrap") && args != null && args[0] == PGConnection.class) {
                        return pgConnection(target.unwrap(PGConnection.class), target.unwrap(BaseConnection.class), guard);
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement s && !(result instanceof PreparedStatement) && !(result instanceof CallableStatement)) {
                        return statement(s, guard);
                    }
                    return result;
                });
    }

    private static Statement statement(Statement target, OwnershipGuard guard) {
        return (Statement) Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if (STATEMENT_SQL_METHODS.contains(method.getName()) && args != null && args[0] instanceof String sql) {
                        guard.check(sql);
                    }
                    return invoke(target, method, args);
                });
    }

    private static PGConnection pgConnection(PGConnection target, BaseConnection base, OwnershipGuard guard) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("getCopyAPI")) return new GuardedCopyManager(base, guard);
            return invoke(target, method, args);
        };
        return (PGConnection) Proxy.newProxyInstance(GuardedJdbc.class.getClassLoader(), new Class<?>[] {PGConnection.class}, handler);
    }

    private static boolean isUnwrapFor(Method method, Object[] args, Class<?> type) {
        return (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) && args != null && args[0] == type;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** PgJDBC's COPY API with each command shown to the guard first. */
    private static final class GuardedCopyManager extends CopyManager {

        private final OwnershipGuard guard;
        /** PgJDBC's overloads call each other: only the outermost call is one statement. */
        private int depth;

        GuardedCopyManager(BaseConnection connection, OwnershipGuard guard) throws SQLException {
            super(connection);
            this.guard = guard;
        }

        private void enter(String sql) throws SQLException {
            if (depth == 0) guard.check(sql);
            depth++;
        }

        @Override
        public CopyIn copyIn(String sql) throws SQLException {
            enter(sql);
            try {
                return super.copyIn(sql);
            } finally {
                depth--;
            }
        }

        @Override
        public CopyOut copyOut(String sql) throws SQLException {
            enter(sql);
            try {
                return super.copyOut(sql);
            } finally {
                depth--;
            }
        }

        @Override
        public CopyDual copyDual(String sql) throws SQLException {
            enter(sql);
            try {
                return super.copyDual(sql);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyOut(String sql, Writer to) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyOut(sql, to);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyOut(String sql, OutputStream to) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyOut(sql, to);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyIn(String sql, Reader from) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyIn(sql, from);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyIn(String sql, Reader from, int bufferSize) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyIn(sql, from, bufferSize);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyIn(String sql, InputStream from) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyIn(sql, from);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyIn(String sql, InputStream from, int bufferSize) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyIn(sql, from, bufferSize);
            } finally {
                depth--;
            }
        }

        @Override
        public long copyIn(String sql, ByteStreamWriter from) throws SQLException, IOException {
            enter(sql);
            try {
                return super.copyIn(sql, from);
            } finally {
                depth--;
            }
        }
    }
}
