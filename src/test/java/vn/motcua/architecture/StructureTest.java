package vn.motcua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The house rules a newcomer can rely on, checked on every build. Camunda is known only to
 * {@code vn.motcua.engine}, the engine adapter: it implements the interfaces the features own and
 * holds the beans the diagrams call; no feature imports it. The use of the engine's internals is a
 * ratchet: the adapter's classes that use them today are listed in {@code src/test/resources/archunit-store},
 * so a new use fails and a removed one drops off the list; the list only shrinks. The feature packages' cycles are
 * {@link FeatureCyclesTest}.
 */
@AnalyzeClasses(packages = "vn.motcua", importOptions = ImportOption.DoNotIncludeTests.class)
class StructureTest {

    private static final String ENGINE_ADAPTER = "vn.motcua.engine..";

    /** The engine is Camunda today; only its adapter knows it, so a fork or an upgrade touches one package. */
    @ArchTest
    static final ArchRule onlyTheEngineAdapterImportsTheEngine = noClasses().that().resideInAPackage("vn.motcua..")
            .and().resideOutsideOfPackage(ENGINE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .as("feature code does not import the engine (Camunda)");

    /** The adapter depends on the features, never the other way round: features own the interfaces it implements. */
    @ArchTest
    static final ArchRule noFeatureDependsOnTheEngineAdapter = noClasses().that().resideInAPackage("vn.motcua..")
            .and().resideOutsideOfPackage(ENGINE_ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(ENGINE_ADAPTER)
            .as("no feature depends on the engine adapter (vn.motcua.engine)");

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
