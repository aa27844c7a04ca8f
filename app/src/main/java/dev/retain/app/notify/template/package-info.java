/** Message templates, rendered for the outbox. */
package dev.retain.app.notify.template;
