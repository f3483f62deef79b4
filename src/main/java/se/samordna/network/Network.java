package se.samordna.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.samordna.county.CountyEntity;

/** A network of a county, such as Stockholm's BRON for local crime-prevention strategists. */
@Entity
@Table(name = "network")
public class Network extends CountyEntity {

    public static final String RESOURCE_TYPE = "network";

    @Column(nullable = false)
    public String name;

    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkStatus status;
}
