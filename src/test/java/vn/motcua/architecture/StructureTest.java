package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The house rules a newcomer can rely on, checked on every build. Two are a ratchet: the classes
 * that break them today are listed in {@code src/test/resources/archunit-store} (issue: one engine
 * boundary), so a new break fails and a fixed one drops off the list; the list only shrinks.
 * The feature packages' cycles are {@link FeatureCyclesTest}.
 */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class StructureTest {

    /** The engine is Camunda today; which classes know it is written down, and does not grow. */
    @ArchTest
    static final ArchRule theEngineIsImportedOnlyWhereItIsToday = FreezingArchRule.freeze(
            noClasses().that().resideInAPackage("vn.motcua..")
                    .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                    .as("feature code does not import the engine (Camunda)"));

    /** Engine internals (impl packages) are the costliest to carry to the next version: none beyond today's. */
    @ArchTest
    static final ArchRule noNewEngineInternals = FreezingArchRule.freeze(
            noClasses().that().resideInAPackage("vn.motcua..")
                    .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                    .as("no class uses the engine's internals (org.camunda.bpm.engine.impl)"));

    /** Pages, APIs and the simulator are entry points: the domain never reaches back into them. */
    @ArchTest
    static final ArchRule theSimulatorIsNotUsedByTheSystem = noClasses().that().resideInAPackage("vn.motcua..")
            .and().resideOutsideOfPackage("vn.motcua.simulator..")
            .should().dependOnClassesThat().resideInAPackage("vn.motcua.simulator..")
            .as("nothing but the simulator itself depends on the simulated agencies");
}
