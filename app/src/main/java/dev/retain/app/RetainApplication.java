package dev.retain.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Retain web application: a Spring Modulith with one top-level package per business
 * module under {@code dev.retain.app}, and {@code core} shared by all (docs/ARCHITECTURE.md).
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
public class RetainApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetainApplication.class, args);
    }
}
