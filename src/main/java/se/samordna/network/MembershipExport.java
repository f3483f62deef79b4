package se.samordna.network;

import java.util.List;
import se.samordna.web.SpreadsheetCsv;

/** The member list of a network as CSV for a spreadsheet ({@link SpreadsheetCsv}), with the contact details a coordinator needs. */
final class MembershipExport {

    static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = { "name", "organisation", "organisationType", "municipality", "role", "joinedOn",
            "leftOn", "title", "email", "phone", "contactId", "organisationId", "membershipId" };

    private MembershipExport() {
    }

    static String csv(List<MembershipRepository.Row> rows, MembershipService service) {
        return SpreadsheetCsv.write(HEADER, csv -> rows.forEach(row -> {
            MembershipView m = service.view(row);
            csv.add(m.contactName(), m.organisationName(), m.organisationType(), m.municipalityName(), m.role(),
                    m.joinedOn(), m.leftOn(), row.title(), row.email(), row.phone(), m.contactId(), m.organisationId(),
                    m.id());
        }));
    }
}
