package dev.retain.app.security.internal;

import dev.retain.app.security.ApiScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The OpenAPI document says how to call the API: an integration client's key (bearer) or a
 * person's login (basic), and for each operation the scope a client needs ({@link ApiScope}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String KEY = "apiKey";
    static final String LOGIN = "login";

    @Bean
    OpenApiCustomizer securitySchemes() {
        return openApi -> {
            if (openApi.getComponents() == null) openApi.setComponents(new Components());
            openApi.getComponents()
                    .addSecuritySchemes(KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("An integration client's key (rtk_…), made on /admin/clients"))
                    .addSecuritySchemes(LOGIN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("A person's login and password (not for logins with a second factor)"));
            openApi.addSecurityItem(new SecurityRequirement().addList(KEY)).addSecurityItem(new SecurityRequirement().addList(LOGIN));
        };
    }

    @Bean
    OperationCustomizer scopeOfEachOperation() {
        return (operation, handler) -> {
            ApiScope scope = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiScope.class);
            if (scope == null) scope = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ApiScope.class);
            if (scope != null) {
                String text = "Integration clients need the scope `" + scope.value().code() + "`.";
                operation.setDescription(operation.getDescription() == null ? text : operation.getDescription() + "\n\n" + text);
            }
            return operation;
        };
    }
}
