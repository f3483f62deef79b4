package se.samordna.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality (kommun), reference data with its four-digit SCB code, the first two its county's. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "county_code")
    public String countyCode;

    public String name;
}
