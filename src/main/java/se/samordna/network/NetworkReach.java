package se.samordna.network;

import se.samordna.region.ReferenceData;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samordna.organisation.OrganisationType;

/**
 * Whom a network reaches on a day: its members by organisation type and by municipality, and the municipalities
 * of the county where it has no member, the "who is not reached" view that raises the lowest level.
 */
@Schema(name = "NetworkReach")
public record NetworkReach(
        UUID networkId,
        @Schema(maxLength = 200, examples = "Kalmar läns nätverk för kommuner och kommunpoliser") String networkName,
        @Schema(description = "The day counted", examples = "2026-11-30") LocalDate at,
        @Schema(description = "Memberships current on that day", examples = "7") long members,
        @Schema(maxItems = 9, description = "Members by the type of their organisation; members without one are counted in members only")
        List<ByType> byOrganisationType,
        @Schema(maxItems = ReferenceData.MOST_MUNICIPALITIES, description = "Each municipality of the county where the network has members, in Swedish order")
        List<ByMunicipality> byMunicipality,
        @Schema(description = "Members counted in no municipality: their organisation has none (a police area, a region) or they have no organisation",
                examples = "2")
        long withoutMunicipality,
        @Schema(maxItems = ReferenceData.MOST_MUNICIPALITIES, description = "The municipalities of the county where the network has no member, in Swedish order")
        List<Municipality> municipalitiesWithoutMember) {

    @Schema(name = "NetworkReachByType")
    public record ByType(@Schema(examples = "MUNICIPALITY") OrganisationType organisationType,
            @Schema(examples = "5") long members) {
    }

    @Schema(name = "NetworkReachByMunicipality")
    public record ByMunicipality(@Schema(maxLength = 4, examples = "0880") String municipalityCode,
            @Schema(maxLength = 40, examples = "Kalmar") String municipalityName, @Schema(examples = "2") long members) {
    }

    @Schema(name = "NetworkReachMunicipality")
    public record Municipality(@Schema(maxLength = 4, examples = "0821") String municipalityCode,
            @Schema(maxLength = 40, examples = "Högsby") String municipalityName) {
    }
}
