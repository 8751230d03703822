package vn.motcua.dossier;

import java.time.LocalTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When the file-level reminders fire.
 *
 * @param nearDueWorkingDays "sắp đến hạn" warning this many working days before the appointment
 * @param apologyLeadWorkingDays the apology task opens this many working days before the appointment;
 *        it is due one working day before it (Decree 118/2025 Art 19(6): "chậm nhất 01 ngày trước ngày hết hạn")
 * @param supplementDays days the applicant has to complete a file after a supplement notice before it
 *        is closed (Decree 118/2025 Art 19(5): 15 ngày), calendar days ending on a working day
 * @param agencySupplementWorkingDays a processing agency asks for supplements within this many working
 *        days of receiving the file (Decree 118/2025 Art 19(5): 03 ngày làm việc); later requests are flagged
 * @param officeOpensAt reminders fire at the start of the office day
 * @param returnResultsAt the hour printed with the appointment day wherever a person reads the return time
 *        (the receipt, BM.01, asks for "giờ, phút"); no rule sets it: see application.yaml
 */
@Validated
@ConfigurationProperties("motcua.file-clock")
public record FileClockProperties(@Min(1) int nearDueWorkingDays, @Min(1) int apologyLeadWorkingDays,
        @Min(1) int supplementDays, @Min(1) int agencySupplementWorkingDays, @NotNull LocalTime officeOpensAt,
        @NotNull LocalTime returnResultsAt) {
}
