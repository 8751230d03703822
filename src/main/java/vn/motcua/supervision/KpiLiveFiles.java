package vn.motcua.supervision;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FileRegistered;

/**
 * The files the dashboard counts live (mc_kpi_live_file, V27): every new file, queued in the
 * transaction that registered it, until {@link KpiRollup} adds it to the monthly tables and takes it
 * off. Supervision's own table, so the register carries no mark of supervision's.
 */
@Component
class KpiLiveFiles {

    private final JdbcTemplate jdbc;

    KpiLiveFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(FileRegistered file) {
        jdbc.update("insert into mc_kpi_live_file (dossier_id) values (?)", file.dossierId());
    }
}
