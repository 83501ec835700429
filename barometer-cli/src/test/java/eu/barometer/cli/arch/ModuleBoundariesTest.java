package eu.barometer.cli.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module boundaries, checked on the compiled product classes of all three modules (this is
 * the one module that sees them all): core sees no template, renderer or CLI code and no library
 * but its two; what a module keeps {@code internal} (and the templates module's renderer packages)
 * is not used from another module; the CLI reaches the rendering libraries only through the
 * templates module's API.
 */
class ModuleBoundariesTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        // Product classes only: no test classes, nor the core's test jar that the CLI's tests use.
        ImportOption productOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        product = new ClassFileImporter().withImportOption(productOnly).importPackages("eu.barometer");
        for (String module : new String[] {"eu.barometer.core.", "eu.barometer.templates.", "eu.barometer.cli."}) {
            long n = product.stream().filter(c -> c.getName().startsWith(module)).count();
            assertTrue(n > 20, module + "* classes imported: " + n);
        }
    }

    @Test
    void coreDependsOnNothingButTheJdkCommonsCsvAndCommonmark() {
        ArchRule rule = classes().that().resideInAPackage("eu.barometer.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "eu.barometer.core..", "java..", "org.apache.commons.csv..", "org.commonmark..")
                .because("the model, inputs and checks are the library any reporting system embeds");
        rule.check(product);
    }

    @Test
    void templatesNeverSeeTheCommandLine() {
        noClasses().that().resideInAPackage("eu.barometer.templates..")
                .should().dependOnClassesThat().resideInAPackage("eu.barometer.cli..")
                .check(product);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        // core.internal holds what core shares with the templates module only (as a qualified
        // export would): the CLI and embedders never see it.
        noClasses().that().resideOutsideOfPackages("eu.barometer.core..", "eu.barometer.templates..")
                .should().dependOnClassesThat().resideInAPackage("eu.barometer.core..internal..")
                .check(product);
        noClasses().that().resideOutsideOfPackage("eu.barometer.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("eu.barometer.templates.internal..",
                        "eu.barometer.templates.pdf..", "eu.barometer.templates.html..", "eu.barometer.templates.docx..",
                        "eu.barometer.templates.xlsx..", "eu.barometer.templates.chart..")
                .because("embedders and the CLI render through Renderers, EditionRenderer and TemplateSet")
                .check(product);
    }

    @Test
    void theCommandLineReachesNoRenderingLibraryDirectly() {
        noClasses().that().resideInAPackage("eu.barometer.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                        "org.xhtmlrenderer..", "com.lowagie..", "org.openpdf..", "org.jfree..", "com.ibm.icu..")
                .check(product);
    }
}
