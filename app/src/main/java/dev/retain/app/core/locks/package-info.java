/**
 * Locks that hold across every instance of the application: PostgreSQL advisory locks,
 * for work that must not run twice at once anywhere (the monthly cycle).
 */
@org.springframework.modulith.NamedInterface("locks")
package dev.retain.app.core.locks;
