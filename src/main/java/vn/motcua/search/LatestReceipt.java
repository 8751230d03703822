package vn.motcua.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file an officer received, as the desk sees it right after reception.
 *
 * @param message what the desk is told, in Vietnamese, with the appointment as dd/MM/yyyy
 * @param receiptPath where the receipt prints within the Tasklist session; null until the file is accepted
 */
public record LatestReceipt(String code, String applicantName, String procedureName, String status, String statusLabel,
        Instant receivedAt, LocalDate appointmentDate, String processInstanceId, String message, String receiptPath) {
}
