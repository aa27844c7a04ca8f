package dev.retain.app.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code retain.customer.import.max-reject-rate}: the share of a file's rows that may be
 * rejected before the whole import fails (docs/data-formats.md; default 1%).
 */
@ConfigurationProperties("retain.customer.import")
public record ImportSettings(@DefaultValue("0.01") double maxRejectRate) {
}
