package cn.tenstrong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobs run once per cluster: every {@code @Scheduled} method of the platform holds a ShedLock lock (the JDBC provider
 * of {@code SchedulingConfiguration}, judged by the database's clock), so that two nodes never run the same job.
 */
class ScheduledJobsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.tenstrong");

    @Test
    void everyScheduledJobHoldsAClusterWideLock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("a job without a lock would run on every node").check(classes);
    }

    @Test
    void theJobsAreThereAndEachLockHasItsOwnName() {
        var names = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))
                .map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).contains("portal.reminder-digest", "access.session-cleanup", "shared.event-retry",
                "shared.event-purge").doesNotHaveDuplicates();
    }
}
