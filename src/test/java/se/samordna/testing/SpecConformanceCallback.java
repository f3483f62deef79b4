package se.samordna.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link SpecConformance} in front of every RestAssured request of every {@code @QuarkusTest} (registered in
 * META-INF/services), so that no test can forget it and every answer of the suite is checked against the spec.
 */
public class SpecConformanceCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        SpecConformance filter = SpecConformance.instance();
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
