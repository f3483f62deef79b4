package se.samordna.testing;

import static se.samordna.testing.Operation.CREATE;
import static se.samordna.testing.Operation.DELETE;
import static se.samordna.testing.Operation.GET;
import static se.samordna.testing.Operation.HISTORY;
import static se.samordna.testing.Operation.LIST;
import static se.samordna.testing.Operation.PATCH;
import static se.samordna.testing.Operation.REPLACE;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what on every county resource of the design, written once from {@code ../shared/DESIGN.md} ("Users and
 * roles", "Resource map") and the families' issues, for the families that exist and those still to come. The
 * {@link CountyResourceContract} takes a resource's rights from here by its name ({@code collection}, or
 * {@code parent/collection} for a nested one, such as {@code surveys/responses}); a family's test cannot widen them.
 *
 * <p>The rules every resource shares are not repeated per row: a county's coordinator may do every operation the
 * resource offers in that county; the national analyst and the admin may do nothing under {@code /counties/{cc}}
 * (403); a caller without a role in the county gets 403; an object of another county is 404. What a row does not
 * give a member or the importer is refused with 403. An action endpoint (such as {@code POST …/{id}/transitions})
 * is a nested collection that offers CREATE (and LIST when it lists what was done), so it has a row like any other.
 */
public final class Rights {

    /** How far a right reaches. */
    public enum Scope {
        /** Every object of the county. */
        ANY,
        /**
         * Only the caller's own objects (what it filed, answered or registered for its own organisation). Another's
         * object is 404 to it, as if it did not exist, and is not listed; a create naming what is not its own is 403.
         * Under a parent that is not its own (a nested resource), every operation is 404, as for an unknown parent.
         */
        OWN,
        /** Nothing: 403. */
        NONE
    }

    /**
     * The rights of one resource beyond the coordinator's.
     *
     * @param memberValues for a member's create, the values a field may take (the filing member may only REOPEN)
     * @param fieldsHiddenFromMember fields a member never sees (absent or null) on any object
     * @param rowsHiddenFromOthers objects that only coordinators see (404 and unlisted to members and the importer),
     *        in words; null when there are none
     */
    public record Row(String resource, Map<Operation, Scope> member, Map<Operation, Scope> importer,
            Map<String, Set<String>> memberValues, Set<String> fieldsHiddenFromMember, String rowsHiddenFromOthers,
            String source) {

        public Scope member(Operation operation) {
            return member.getOrDefault(operation, Scope.NONE);
        }

        public Scope importer(Operation operation) {
            return importer.getOrDefault(operation, Scope.NONE);
        }

        /** Whether a member holds some right only to its own objects, so that member-08 and member2-08 differ. */
        public boolean memberOwnsSome() {
            return member.containsValue(Scope.OWN);
        }
    }

    private static final Map<String, Row> TABLE = new LinkedHashMap<>();

    /**
     * The resources that carry an optional {@code externalId}, unique per county and kind (DESIGN "Shapes":
     * "Importable resources (organisations, contacts, memberships, support requests, survey responses)").
     */
    public static final Set<String> IMPORTABLE = Set.of("organisations", "contacts", "networks/memberships",
            "support-requests", "surveys/responses");

    static {
        Map<Operation, Scope> reads = rights(Scope.ANY, LIST, GET);
        Map<Operation, Scope> importerReads = rights(Scope.ANY, LIST, GET, HISTORY);

        // members read organisations and contacts (README "Roles"), without contact details, which are a
        // coordinator's (DESIGN: "personal data of other people (contact details ...) is a coordinator's");
        // the importer reads CC's data (DESIGN: "reads of CC")
        row("organisations", reads, importerReads, Set.of(), null, "README Roles; DESIGN importer: reads of CC");
        // the externalId (a person's key in another system) identifies the person as much, and is erased with it
        row("contacts", reads, importerReads, Set.of("email", "phone", "loginUsername", "externalId"), null,
                "DESIGN: contact details are a coordinator's");
        // "read CC's networks, meetings, surveys"
        // issue 6: "members read the county's OPEN and CLOSED surveys (a DRAFT is 404 to them)"; a DRAFT is the
        // coordinators' work in progress, and the importer (which only reads surveys) has no use for it either
        row("surveys", reads, importerReads, Set.of(), "DRAFT surveys",
                "DESIGN member: read CC's surveys; issue 6: a DRAFT is 404 to members");
        row("networks", reads, importerReads, Set.of(), null, "DESIGN member: read CC's networks");
        row("meetings", reads, importerReads, Set.of(), null, "DESIGN member: read CC's meetings");
        // "answer surveys for their own organisation"; other organisations' answers are a coordinator's
        row("surveys/responses", rights(Scope.OWN, LIST, GET, CREATE, REPLACE, PATCH), importerReads, Set.of(),
                null, "DESIGN member: answer surveys for their own organisation; issue 6: reads and changes only "
                        + "its own, sends SELF (an INTERVIEW is recorded by a coordinator)");
        TABLE.get("surveys/responses").memberValues().put("mode", Set.of("SELF"));
        // members see names, organisations and roles of memberships; contact details stay a coordinator's (issue 7):
        // a membership carries none to anyone (no field to hide), they are in the contact and the coordinators' CSV
        row("networks/memberships", reads, importerReads, Set.of(), null,
                "DESIGN member: read CC's networks; issue 7: contact details remain a coordinator's");
        // "register attendance": a member registers or cancels its own (issue 8)
        Map<Operation, Scope> attendance = rights(Scope.ANY, LIST, GET);
        attendance.putAll(rights(Scope.OWN, CREATE, PATCH, DELETE));
        row("meetings/attendance", attendance, importerReads, Set.of(), null,
                "DESIGN member: register attendance; issue 8: registers or cancels its own");
        // "one call invites every current member of the meeting's network" (issue 8): an action of the coordinators,
        // who write meetings; members register only themselves, the importer reads the list it makes
        row("meetings/invite-network", Map.of(), Map.of(), Set.of(), null,
                "DESIGN: coordinators write meetings; issue 8: one call invites the network");
        // "file method-support requests and read and comment on their own"; they "read, change and comment only the
        // requests they filed", another member's is 404; assignee and status stay the coordinators' (issue 9); the
        // history of a request is part of reading it, so a member reads the history of its own (edits and
        // transitions; comments, internal or not, are not in it)
        row("support-requests", rights(Scope.OWN, LIST, GET, CREATE, REPLACE, PATCH, HISTORY), importerReads,
                Set.of(), null, "DESIGN member: file requests, read their own; issue 9: change their own, "
                        + "and read their history");
        // the workflow is the coordinators'; the member who filed a request may REOPEN it (issue 9)
        row("support-requests/transitions", rights(Scope.OWN, LIST, CREATE), rights(Scope.ANY, LIST), Set.of(),
                null, "DESIGN request workflow; issue 9: the filing member may REOPEN");
        TABLE.get("support-requests/transitions").memberValues().put("action", Set.of("REOPEN"));
        // public comments on their own requests; internal ones are coordinators' only (DESIGN, issue 9)
        row("support-requests/comments", rights(Scope.OWN, LIST, GET, CREATE), rights(Scope.ANY, LIST, GET),
                Set.of(), "internal comments", "DESIGN request comments: internal ones coordinators only; issue 9");
        TABLE.get("support-requests/comments").memberValues().put("internal", Set.of("false"));
        // "county-CC-importer: bulk imports and the change feed of CC" and DESIGN's imports row (POST, list, get);
        // imports are no member's (the role table gives members none); CREATE is the import, LIST and GET its reports
        row("imports", Map.of(), rights(Scope.ANY, CREATE, LIST, GET), Set.of(), null,
                "DESIGN importer: bulk imports of CC; resource map: imports");
    }

    private Rights() {
    }

    /**
     * The rights of the resource named {@code parent/collection} (or {@code collection} when it has no parent); fails
     * for a resource the design does not name, so that a new family's rights are written here, from the design, first.
     */
    public static Row of(String resource) {
        Row row = TABLE.get(resource);
        if (row == null) {
            throw new IllegalStateException("The table of rights (" + Rights.class.getName() + ") has no row for "
                    + resource + ": add it from DESIGN.md before testing the resource");
        }
        return row;
    }

    /** Every resource the table knows. */
    public static Set<String> resources() {
        return TABLE.keySet();
    }

    private static void row(String resource, Map<Operation, Scope> member, Map<Operation, Scope> importer,
            Set<String> fieldsHiddenFromMember, String rowsHiddenFromOthers, String source) {
        TABLE.put(resource, new Row(resource, member, importer, new LinkedHashMap<>(), fieldsHiddenFromMember,
                rowsHiddenFromOthers, source));
    }

    private static Map<Operation, Scope> rights(Scope scope, Operation... operations) {
        Map<Operation, Scope> rights = new EnumMap<>(Operation.class);
        Arrays.stream(operations).forEach(operation -> rights.put(operation, scope));
        return rights;
    }
}
