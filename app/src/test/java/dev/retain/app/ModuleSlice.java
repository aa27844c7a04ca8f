package dev.retain.app;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.core.ApplicationModules;

/** What an {@code @ApplicationModuleTest} context holds, to prove a module really started alone. */
public final class ModuleSlice {

    private ModuleSlice() {
    }

    private static final Set<String> APPLICATION_MODULES = ApplicationModules.of(RetainApplication.class).stream()
            .map(module -> module.getIdentifier().toString()).collect(Collectors.toSet());

    /**
     * The application modules (top packages under dev.retain.app) that own a bean of the context;
     * test-only packages (the table-ownership guard) are not modules and are left out.
     */
    public static Set<String> modulesWithBeans(ConfigurableApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getBeanFactory().getType(name, false))
                .filter(Objects::nonNull)
                .map(Class::getName)
                .filter(type -> type.startsWith("dev.retain.app.") && type.indexOf('.', "dev.retain.app.".length()) > 0)
                .map(type -> type.substring("dev.retain.app.".length(), type.indexOf('.', "dev.retain.app.".length())))
                .filter(APPLICATION_MODULES::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
