package vn.motcua.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DatabaseMetaData;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Task lists and counts (a Tasklist filter, {@code /task}, {@code /task/count}) on PostgreSQL run in one
 * read transaction with {@code enable_material = off}.
 * <p>
 * Why: the engine checks an officer's right to each task by joining his groups' grants on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}: one grant per open task of the unit. PostgreSQL
 * cannot hash an OR, and it underestimates how many grants the officer's groups hold (the
 * {@code PERMS_ & n = n} test), so it compares every task of the unit with every grant of the unit
 * (a materialized nested loop): quadratic in the unit's size, 0.5 s at 1,000 tasks, minutes at 50,000.
 * Without materialization it looks each task's grants up in the resource-id index: linear. Only these
 * read-only requests are affected; the transaction is always rolled back (they write nothing), so an
 * engine error inside keeps its own answer. Measured in docs/benchmark.md, "Officer latency at province size".
 */
class TaskQueryPlanning extends OncePerRequestFilter {

    /** List and count requests of tasks, through either door of the engine API. */
    static final Pattern TASK_QUERIES = Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|"
            + "/camunda/api/engine/engine/[^/]+)/(?:filter/[^/]+/(?:list|count)|task(?:/count)?)/?$");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readTransaction;
    private volatile Boolean postgres;

    TaskQueryPlanning(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readTransaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return !TASK_QUERIES.matcher(request.getServletPath() + pathInfo).matches() || !isPostgres();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            readTransaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.execute("set local enable_material = off");
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection c) -> {
                DatabaseMetaData meta = c.getMetaData();
                return "PostgreSQL".equals(JdbcUtils.commonDatabaseName(meta.getDatabaseProductName()));
            });
            postgres = known;
        }
        return known;
    }

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
