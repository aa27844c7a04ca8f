/** Web helpers every module may use: error pages, NotFoundException, locale. */
@org.springframework.modulith.NamedInterface("web")
package dev.retain.app.core.web;
