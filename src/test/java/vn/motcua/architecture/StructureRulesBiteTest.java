package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import vn.motcua.architecture.breaking.FeatureCallingTheEngine;
import vn.motcua.architecture.breaking.FeatureUsingTheAdapter;

/** The engine rules of {@link StructureTest} are only worth something if they fail on the code they forbid. */
class StructureRulesBiteTest {

    private final JavaClasses breaking = new ClassFileImporter()
            .importClasses(FeatureCallingTheEngine.class, FeatureUsingTheAdapter.class);

    @Test
    void aFeatureThatImportsCamundaFails() {
        EvaluationResult result = StructureTest.onlyTheEngineAdapterImportsTheEngine.evaluate(breaking);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("FeatureCallingTheEngine") && line.contains("RuntimeService"));
    }

    @Test
    void aFeatureThatUsesTheAdapterFails() {
        EvaluationResult result = StructureTest.noFeatureDependsOnTheEngineAdapter.evaluate(breaking);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("FeatureUsingTheAdapter") && line.contains("vn.motcua.engine.dossier"));
    }
}
