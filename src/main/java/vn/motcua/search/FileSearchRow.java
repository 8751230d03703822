package vn.motcua.search;

import java.time.LocalDate;

/**
 * One file found: enough for the officer to recognise it and open it.
 *
 * @param appointmentDate the appointment (ngày hẹn trả), null before acceptance
 * @param holdingUnit the group holding the file now (its open step), null when no step is open
 * @param holdingUnitName that unit's agency in words, or the group id for a group the organisation no longer has
 */
public record FileSearchRow(String code, String applicantName, String procedureName, String status,
        String statusLabel, LocalDate appointmentDate, String holdingUnit, String holdingUnitName) {
}
