package se.samordna.organisation;

/** The kinds of local actor a county works with. */
public enum OrganisationType {
    MUNICIPALITY, CITY_DISTRICT, POLICE, LOCAL_COUNCIL, CIVIL_SOCIETY, BUSINESS, REGION, STATE_AGENCY, OTHER
}
