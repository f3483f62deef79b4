package se.samordna.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link LocalStackResource} for every {@code @QuarkusTest} of the run, so that PostgreSQL and Keycloak
 * start once per run, not once per test class.
 */
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
public final class StackForAllTests {

    private StackForAllTests() {
    }
}
