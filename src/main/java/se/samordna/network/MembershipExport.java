package se.samordna.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The member list of a network as CSV (RFC 4180, a header row), with the contact details a coordinator needs. */
final class MembershipExport {

    static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = { "name", "organisation", "organisationType", "municipality", "role", "joinedOn",
            "leftOn", "title", "email", "phone", "contactId", "organisationId", "membershipId" };

    private MembershipExport() {
    }

    static String csv(List<MembershipRepository.Row> rows, MembershipService service) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (MembershipRepository.Row row : rows) {
                MembershipView m = service.view(row);
                printer.printRecord(m.contactName(), m.organisationName(), m.organisationType(),
                        m.municipalityName(), m.role(), m.joinedOn(), m.leftOn(), row.title(), row.email(),
                        row.phone(), m.contactId(), m.organisationId(), m.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
