package dev.retain.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md: the engine is plain Java, a pure function of its inputs, with no static state. */
class ArchitectureTests {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.retain.engine");
    }

    @Test
    void theEngineIsImported() {
        assertThat(engine).as("a rule over no classes proves nothing").hasSizeGreaterThan(50);
        assertThat(engine.contain(dev.retain.engine.cycle.CycleRunner.class)).isTrue();
    }

    @Test
    void noSpringJdbcOrServletTypes() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.retain.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "javax.servlet..")
                .because("the engine runs in-process, from the CLI and on Spark alike (DESIGN.md)");
        rule.check(engine);
    }

    @Test
    void noMutableStaticFields() {
        ArchRule rule = fields().that().areDeclaredInClassesThat().resideInAPackage("dev.retain.engine..")
                .and().areStatic()
                .should().beFinal()
                .because("computations are pure functions of their inputs: no static state (DESIGN.md)");
        rule.check(engine);
    }

    @Test
    void noStaticCollectionsOrCountersThatCouldBeChanged() {
        ArchRule rule = noFields().that().areDeclaredInClassesThat().resideInAPackage("dev.retain.engine..")
                .and().areStatic()
                .should().haveRawType(java.util.HashMap.class)
                .orShould().haveRawType(java.util.ArrayList.class)
                .orShould().haveRawType(java.util.HashSet.class)
                .orShould().haveRawType(java.util.LinkedHashMap.class)
                .orShould().haveRawType(java.util.TreeMap.class)
                .orShould().haveRawType(java.util.concurrent.ConcurrentHashMap.class)
                .orShould().haveRawType(java.util.concurrent.atomic.AtomicLong.class)
                .orShould().haveRawType(java.util.concurrent.atomic.AtomicInteger.class)
                .because("a static collection or counter is shared state across runs");
        rule.check(engine);
    }

    @Test
    void noReadingOfTheWallClockForDates() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.retain.engine..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("dates come from the cycle month or an injected Clock, so runs are reproducible");
        rule.check(engine);
    }
}
