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
    void aProvinceTableThatLeavesRemoteCommuneDaysOutInheritsThemFromTheNationalTable() throws IOException {
        // A later national table whose revocation entry sets 5 days of its own, over the table's 10.
        Files.writeString(dir.resolve("national-2026.yaml"), """
                setBy: "Bảng quốc gia thử nghiệm"
                effectiveFrom: 2026-01-01
                remoteCommuneExtraDays: 10
                procedures:
                  certificate-revocation:
                    name: "Thu hồi, hủy Giấy chứng nhận đã cấp"
                    workingDays: 25
                    processingUnit: landoffice
                    remoteCommuneExtraDays: 5
                """);
        Files.writeString(dir.resolve("province-H19.yaml"), """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-07-01
                procedures:
                  parcel-split:
                    workingDays: 12
                  certificate-revocation:
                    workingDays: 25
                """);
        Files.writeString(dir.resolve("province-H20.yaml"), """
                province: H20
                setBy: "Quyết định của UBND tỉnh H20"
                effectiveFrom: 2026-07-01
                remoteCommuneExtraDays: 0
                procedures:
                  parcel-split:
                    workingDays: 12
                """);
        Files.writeString(dir.resolve("province-H21.yaml"), """
                province: H21
                setBy: "Quyết định của UBND tỉnh H21"
                effectiveFrom: 2026-07-01
                remoteCommuneExtraDays: 10
                procedures:
                  parcel-split:
                    workingDays: 12
                    remoteCommuneExtraDays: 0
                """);
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString()));

        assertThat(catalogue.rule("parcel-split", "H19", TODAY).daysFor(true))
                .as("the national table-level 10 days").isEqualTo(22);
        assertThat(catalogue.rule("certificate-revocation", "H19", TODAY).daysFor(true))
                .as("the national entry's own 5 days").isEqualTo(30);
        assertThat(catalogue.rule("parcel-split", "H20", TODAY).daysFor(true)).as("explicit 0 in the table").isEqualTo(12);
        assertThat(catalogue.rule("parcel-split", "H21", TODAY).daysFor(true)).as("explicit 0 in the entry").isEqualTo(12);
    }

    @Test
    void theTableLevelExtensionForRemoteCommunesDoesNotLengthenACalendarDayLimit() throws IOException {
        // A national table that sets no value of its own on mediation: only the table-level 10.
        Files.writeString(dir.resolve("national-2026.yaml"), """
                setBy: "Bảng quốc gia thử nghiệm"
                effectiveFrom: 2026-01-01
                remoteCommuneExtraDays: 10
                procedures:
                  land-dispute-mediation:
                    name: "Hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã"
                    calendarDays: 30
                    processingUnit: commune
                """);
        Files.writeString(dir.resolve("province-H19.yaml"), """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-07-01
                remoteCommuneExtraDays: 10
                procedures:
                  land-dispute-mediation:
                    calendarDays: 30
                  parcel-split:
                    workingDays: 12
                """);
        Files.writeString(dir.resolve("province-H20.yaml"), """
                province: H20
                setBy: "Quyết định của UBND tỉnh H20"
                effectiveFrom: 2026-07-01
                procedures:
                  land-dispute-mediation:
                    calendarDays: 30
                    remoteCommuneExtraDays: 5
                """);
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString()));

        assertThat(catalogue.rule("land-dispute-mediation", "", TODAY).daysFor(true))
                .as("national: Land Law 2024 Art 235(2) has no extension").isEqualTo(30);
        assertThat(catalogue.rule("land-dispute-mediation", "H19", TODAY).daysFor(true))
                .as("province: Land Law 2024 Art 235(2) has no extension").isEqualTo(30);
        assertThat(catalogue.rule("parcel-split", "H19", TODAY).daysFor(true)).as("working days keep it").isEqualTo(22);
        assertThat(catalogue.rule("land-dispute-mediation", "H20", TODAY).daysFor(true))
                .as("an entry's own value still applies").isEqualTo(35);
    }

    @Test
    void aProvinceTableThatShortensALimitIsRefusedWhenTheInheritedStepQuotasNoLongerFit() throws IOException {
        Files.writeString(dir.resolve("province-H19.yaml"), """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-07-01
                procedures:
                  parcel-split:
                    workingDays: 10
                  land-use-conversion:
                    workingDays: 15
                    steps:
                      appraiseFile: 5
                  land-dispute-mediation:
                    calendarDays: 25
                """);
        // parcel-split: the national counted quotas 3+4+2+2+1 = 12; the excluded ones (2, 3) do not count.
        assertThatThrownBy(() -> new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString())))
                .hasMessageContaining("province-H19.yaml parcel-split: step quotas add up to 12 days, more than the limit 10")
                .hasMessageContaining("province-H19.yaml land-use-conversion: step quotas add up to 16 days, more than the limit 15")
                .hasMessageContaining("province-H19.yaml land-dispute-mediation: step quotas add up to 20 working days, more"
                        + " than 25 calendar days hold at the fewest (17)")
                .hasMessageContaining("inherited from national.yaml")
                .hasMessageContaining("surveyParcel 4");
    }

    @Test
    void aReloadWithInheritedStepQuotasThatDoNotFitKeepsTheTablesInForceAndAnswersWhy() throws IOException {
        Path table = dir.resolve("province-H19.yaml");
        String split = """
                province: H19
                setBy: "Quyết định 2228/QĐ-UBND của UBND tỉnh"
                effectiveFrom: 2026-07-01
                procedures:
                  parcel-split:
                    workingDays: %d
                """;
        Files.writeString(table, split.formatted(12));
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString()));
        ProcedureController controller = new ProcedureController(catalogue, new ProcedureProperties("H19", dir.toString()), null);

        Files.writeString(table, split.formatted(10));
        assertThatThrownBy(controller::reload).isInstanceOf(vn.motcua.system.InvalidRequestException.class)
                .hasMessageContaining("chưa áp dụng")
                .hasMessageContaining("province-H19.yaml parcel-split: step quotas add up to 12 days, more than the limit 10");
        assertThat(catalogue.rule("parcel-split", "H19", TODAY).days()).as("the tables in force stay").isEqualTo(12);
        assertThat(catalogue.overview(TODAY).reloadProblem()).contains("province-H19.yaml parcel-split");
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
    void eachProcedureSaysForWhichPeriodsItsClockMayStop() {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("", ""));
        assertThat(catalogue.excludedPeriodsOf("first-certificate", "", TODAY))
                .contains("financialObligations", "publicPosting", "inheritancePartition");
        assertThat(catalogue.excludedPeriodsOf("certificate-revocation", "", TODAY)).doesNotContain("financialObligations");
        assertThat(catalogue.excludedPeriodsOf("land-dispute-mediation", "", TODAY)).as("Land Law 2024 Art 235(2)").isEmpty();
    }

    @Test
    void aProcedureListingAPeriodNoTableDefinesIsRefused() throws IOException {
        Files.writeString(dir.resolve("h19.yaml"), """
                province: H19
                setBy: "QĐ 2228/QĐ-UBND"
                effectiveFrom: 2026-07-01
                procedures:
                  parcel-split:
                    workingDays: 12
                    excludedPeriods: [financialObligations, niemYetCongKhai]
                """);
        assertThatThrownBy(() -> new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString())))
                .hasMessageContaining("h19.yaml parcel-split").hasMessageContaining("niemYetCongKhai");
    }

    @Test
    void aTableThatNoLongerListsAPeriodTheProceduresDiagramStopsTheClockForIsRefused() throws IOException {
        Files.writeString(dir.resolve("h19.yaml"), """
                province: H19
                setBy: "QĐ 2228/QĐ-UBND"
                effectiveFrom: 2026-07-01
                procedures:
                  first-certificate:
                    workingDays: 20
                    excludedPeriods: [financialObligations]
                """);
        assertThatThrownBy(() -> new ProcedureCatalogue(new ProcedureProperties("H19", dir.toString())))
                .hasMessageContaining("first-certificate.bpmn").hasMessageContaining("publicPosting")
                .hasMessageContaining("h19.yaml");
    }

    @Test
    void aDiagramThatStopsTheClockForAnUnknownOrForeignPeriodIsNamedWithItsElement() throws IOException {
        ProcedureCatalogue catalogue = new ProcedureCatalogue(new ProcedureProperties("", ""));
        String conversion = Files.readString(Path.of("processes/land-use-conversion.bpmn"));
        assertThat(catalogue.pauseProblems("land-use-conversion.bpmn", conversion.getBytes())).isEmpty();

        String typo = conversion.replace("pauseClock(execution, 'financialObligations')", "pauseClock(execution, 'thue')");
        assertThat(catalogue.pauseProblems("land-use-conversion.bpmn", typo.getBytes())).singleElement().asString()
                .contains("land-use-conversion.bpmn", "fulfilFinancialObligations", "'thue'", "financialObligations");

        String unnamed = conversion.replace("pauseClock(execution, 'financialObligations')", "pauseClock(execution)");
        assertThat(catalogue.pauseProblems("land-use-conversion.bpmn", unnamed.getBytes())).singleElement().asString()
                .contains("fulfilFinancialObligations", "loại thời gian");

        String mediation = Files.readString(Path.of("processes/land-dispute-mediation.bpmn"))
                .replace("<endEvent ", "<intermediateThrowEvent id=\"pauseForTax\" name=\"Tạm dừng\"><extensionElements>"
                        + "<camunda:executionListener event=\"start\" expression=\"${dossierProcess.pauseClock(execution,"
                        + " 'financialObligations')}\"/></extensionElements></intermediateThrowEvent><endEvent ");
        assertThat(catalogue.pauseProblems("land-dispute-mediation.bpmn", mediation.getBytes())).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("pauseForTax", "land-dispute-mediation",
                        "financialObligations"));
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
