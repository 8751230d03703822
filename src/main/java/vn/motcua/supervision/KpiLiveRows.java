package vn.motcua.supervision;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FileRegistered;
import vn.motcua.dossier.HandoverOpened;

/**
 * What the dashboard counts live: every new file (mc_kpi_live_file, V27) and every new step on the
 * control sheet (mc_kpi_live_handover, V29), queued in the transaction that wrote it, until
 * {@link KpiRollup} adds it to the monthly tables and takes it off. Supervision's own tables, so the
 * register and the control sheet carry no mark of supervision's.
 */
@Component
class KpiLiveRows {

    private final JdbcTemplate jdbc;

    KpiLiveRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(FileRegistered file) {
        jdbc.update("insert into mc_kpi_live_file (dossier_id) values (?)", file.dossierId());
    }

    @EventListener
    public void on(HandoverOpened handover) {
        jdbc.update("insert into mc_kpi_live_handover (handover_id) values (?)", handover.handoverId());
    }
}
