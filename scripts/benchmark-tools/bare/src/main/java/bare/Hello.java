package bare;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
@Authenticated
public class Hello {

    @Inject
    SecurityIdentity identity;

    @GET
    public String hello() {
        return "hello " + identity.getPrincipal().getName();
    }
}
