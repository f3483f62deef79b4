package se.samordna.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only (on the test classpath, hidden from the spec): runs {@code pg_sleep} through the API's own pool,
 * transaction and exception mappers, so that a test sees what a query slower than the statement timeout gets. No
 * endpoint of the API is slow on purpose, and a tiny timeout for the whole run would cut honest queries of other tests.
 */
@Path("/test-only/database")
@PermitAll
public class SlowQueryResource {

    private final EntityManager em;

    SlowQueryResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Path("/sleep")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    @Transactional
    public String sleep(@QueryParam("seconds") double seconds) {
        em.createNativeQuery("select 1 from pg_sleep(:seconds)").setParameter("seconds", seconds).getSingleResult();
        return "slept";
    }

    /** A setting of the pool's connections, such as {@code statement_timeout}, as PostgreSQL shows it. */
    @GET
    @Path("/setting/{name}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    @Transactional
    public String setting(@PathParam("name") String name) {
        return (String) em.createNativeQuery("select current_setting(:name)").setParameter("name", name)
                .getSingleResult();
    }
}
