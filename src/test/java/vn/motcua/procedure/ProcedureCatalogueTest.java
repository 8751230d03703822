package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void nationalTableGivesLandUseConversionTwentyWorkingDaysWithItsSource() {
        ProcedureRule rule = new ProcedureCatalogue(new ProcedureProperties("", "")).rule("land-use-conversion", "", TODAY);
        assertThat(rule.days()).isEqualTo(20);
        assertThat(rule.dayCount()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(rule.daysFor(true)).isEqualTo(30);
        assertThat(rule.quotaOf("appraiseFile")).isEqualTo(6);
        assertThat(rule.quotaOf("unknownStep")).isZero();
        assertThat(rule.citation()).contains("national.yaml").contains("01/07/2025");
    }

    @Test
    void theNationalTableAppliedAfterProvincesHadToIssueTheirOwnSaysSoLoudly() throws IOException {
        ProcedureCatalogue national = new ProcedureCatalogue(new ProcedureProperties("", ""));
        assertThat(national.rule("parcel-split", "", LocalDate.of(2026, 6, 30)).warning()).isNull();
        ProcedureRule late = national.rule("parcel-split", "", LocalDate.of(2026, 7, 1));
        assertThat(late.warning()).contains("Nghị định 49/2026/NĐ-CP Điều 15");
        assertThat(late.citation()).contains("CẢNH BÁO");
        assertThat(national.warnings("", TODAY)).hasSize(1);

        Files.writeString(dir.resolve("province-H19.yaml"), """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-07-01
                procedures:
                  parcel-split:
                    workingDays: 12
                """);
        ProcedureCatalogue withProvince = new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString()));
        assertThat(withProvince.rule("parcel-split", "H19", TODAY).warning()).isNull();
        assertThat(withProvince.warnings("H19", TODAY)).as("the procedures the province left out still warn").isNotEmpty()
                .noneMatch(w -> w.contains("province-H19"));
    }

    @Test
    void provinceTableOverridesFromItsEffectiveDateAndInheritsTheRest() throws IOException {
        Files.writeString(dir.resolve("province-H19.yaml"), """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-12-01
                remoteCommuneExtraDays: 10
                procedures:
                  land-use-conversion:
                    workingDays: 15
                    steps:
                      appraiseFile: 4
                """);
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString()));

        ProcedureRule before = catalogue.rule("land-use-conversion", "H19", TODAY);
        assertThat(before.days()).isEqualTo(20);

        ProcedureRule after = catalogue.rule("land-use-conversion", "H19", LocalDate.of(2026, 12, 1));
        assertThat(after.days()).isEqualTo(15);
        assertThat(after.name()).startsWith("Chuyển mục đích");
        assertThat(after.quotaOf("appraiseFile")).isEqualTo(4);
        assertThat(after.quotaOf("updateLandRecords")).isEqualTo(4);
        assertThat(after.citation()).contains("2228/QĐ-UBND");

        assertThat(catalogue.rule("land-use-conversion", "H20", LocalDate.of(2026, 12, 1)).days()).isEqualTo(20);
    }

    @Test
    void aTableWithMistakesStopsStartUpNamingTheFileAndTheProblem() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), """
                province: H19
                setBy: "test"
                effectiveFrom: 2026-01-01
                procedures:
                  land-use-conversion:
                    workingDays: 5
                    calendarDays: 30
                  parcel-split:
                    workingDays: 3
                    steps:
                      appraiseFile: 2
                      updateLandRecords: 2
                  land-dispute-mediation:
                    calendarDays: 30
                    steps:
                      verifyDispute: 5
                      formMediationCouncil: 3
                      holdMediationMeeting: 10
                      recordMinutes: 2
                      returnResult: 1
                """);
        assertThatThrownBy(() -> new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString())))
                .hasMessageContaining("broken.yaml land-use-conversion: give exactly one of workingDays or calendarDays")
                .hasMessageContaining("broken.yaml parcel-split: step quotas add up to 4 days, more than the limit 3")
                .hasMessageContaining("broken.yaml land-dispute-mediation: step quotas add up to 21 working days, more than"
                        + " 30 calendar days hold at the fewest (20)");
    }

    @Test
    void everyPeriodADiagramStopsTheClockForIsInTheTablesWithItsSource() throws IOException {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("", ""));
        java.util.Set<String> named = new java.util.TreeSet<>();
        try (var diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("pauseClock\\(execution, '([^']+)'\\)")
                        .matcher(Files.readString(diagram));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).contains("financialObligations", "publicPosting");
        for (String period : named) {
            ExcludedPeriod excluded = catalogue.excludedPeriod(period, "", TODAY);
            assertThat(excluded.reason()).as(period).isNotBlank();
            assertThat(excluded.source()).as(period).contains("Nghị định");
        }
        assertThat(catalogue.excludedPeriod("publicPosting", "", TODAY).explained()).contains("niêm yết");
    }

    @Test
    void thirtyCalendarDaysHoldTwentyWorkingDaysAtTheFewest() {
        assertThat(ProcedureCatalogue.fewestWorkingDays(30)).isEqualTo(20);
        assertThat(ProcedureCatalogue.fewestWorkingDays(7)).isEqualTo(5);
        assertThat(ProcedureCatalogue.fewestWorkingDays(1)).isZero();
    }

    @Test
    void unknownFieldIsAnErrorNotSilentlyIgnored() throws IOException {
        Files.writeString(dir.resolve("typo.yaml"), """
                setBy: "x"
                effectiveFrom: 2026-01-01
                procedures:
                  land-use-conversion:
                    name: "x"
                    workingDay: 5
                """);
        assertThatThrownBy(() -> new ProcedureCatalogue(new ProcedureProperties("", dir.toString())))
                .hasMessageContaining("typo.yaml").hasMessageContaining("workingDay");
    }
}
