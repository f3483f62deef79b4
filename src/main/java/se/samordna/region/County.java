package se.samordna.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county (län), reference data with its SCB code. */
@Entity
@Table(name = "county")
public class County extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
