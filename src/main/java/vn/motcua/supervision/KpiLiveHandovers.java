package vn.motcua.supervision;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.HandoverOpened;

/**
 * The hand-overs the dashboard counts live (mc_kpi_live_handover, V29): every new step on the control
 * sheet, queued in the transaction that wrote it, until {@link KpiRollup} adds it to the monthly
 * tables and takes it off. Supervision's own table, so the control sheet carries no mark of
 * supervision's.
 */
@Component
class KpiLiveHandovers {

    private final JdbcTemplate jdbc;

    KpiLiveHandovers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(HandoverOpened handover) {
        jdbc.update("insert into mc_kpi_live_handover (handover_id) values (?)", handover.handoverId());
    }
}
