package dev.retain.engine.value;

/** An enterprise group (集团) and its account manager, when known. */
public record EnterpriseGroup(String id, String name, String accountManagerId) {
}
