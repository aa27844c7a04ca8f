package dev.retain.app.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openapiPublic}: whether the API's OpenAPI document and its browser (/api/v1/openapi,
 * /api/v1/docs) open without credentials. Off for {@code retain serve} (the document maps every
 * endpoint for an attacker); {@code retain demo} turns it on.
 */
@ConfigurationProperties("retain.security")
public record SecuritySettings(@DefaultValue("false") boolean openapiPublic) {
}
