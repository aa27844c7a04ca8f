package dev.retain.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Retain web application. For now a skeleton that starts and stops cleanly; the
 * workbench, persistence and REST API arrive with the application issue.
 */
@SpringBootApplication
public class RetainApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetainApplication.class, args);
    }
}
