package cn.tenstrong;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No event is published without a listener: an event nobody handles is dead code that looks like a contract. Every
 * {@code publishEvent(new X(…))} in the platform names its event type where it is built, and some method annotated
 * (directly or through {@code @TransactionalEventListener} / {@code @ApplicationModuleListener}) with
 * {@code @EventListener} takes that type, or a supertype of it.
 */
class EventListenersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.tenstrong");

    @Test
    void everyPublishedEventTypeHasAListener() {
        Set<JavaClass> published = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        for (JavaClass c : classes) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                if (!call.getTarget().getOwner().isAssignableTo(ApplicationEventPublisher.class)
                        || !call.getTarget().getName().equals("publishEvent")) {
                    continue;
                }
                // the event record built in the call: events.publishEvent(new LedgerChanged("round")), its arguments
                // perhaps on the next lines (the constructor call is then counted on the line of its last argument)
                List<JavaClass> built = call.getOrigin().getConstructorCallsFromSelf().stream()
                        .filter(n -> n.getLineNumber() >= call.getLineNumber()
                                && n.getLineNumber() <= call.getLineNumber() + 3)
                        .filter(n -> n.getTargetOwner().isRecord()
                                && n.getTargetOwner().getPackageName().startsWith("cn.tenstrong"))
                        .sorted(java.util.Comparator.comparingInt(n -> n.getLineNumber()))
                        .limit(1)
                        .map(n -> n.getTargetOwner())
                        .toList();
                if (built.isEmpty()) {
                    unresolved.add(call.getDescription());
                }
                published.addAll(built);
            }
        }
        assertThat(unresolved).as("publishEvent calls whose event type is not built on the same line").isEmpty();
        assertThat(published).as("the platform publishes events").isNotEmpty();

        Set<JavaClass> listened = new LinkedHashSet<>();
        for (JavaClass c : classes) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(EventListener.class) || m.isMetaAnnotatedWith(EventListener.class)) {
                    m.getRawParameterTypes().stream().findFirst().ifPresent(listened::add);
                }
            }
        }
        List<String> withoutListener = published.stream()
                .filter(event -> listened.stream().noneMatch(l -> event.isAssignableTo(l.getName())))
                .map(JavaClass::getName).toList();
        assertThat(withoutListener).as("event types published without any listener").isEmpty();
    }
}
