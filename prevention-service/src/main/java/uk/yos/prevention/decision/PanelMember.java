package uk.yos.prevention.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One member of the panel that made a joint decision. */
@Embeddable
public class PanelMember {

    @Column(name = "name", length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency", length = 20, nullable = false)
    public PanelAgency agency;

    @Column(name = "member_role", length = 100)
    public String role;

    public PanelMember() {
    }

    public PanelMember(String name, PanelAgency agency, String role) {
        this.name = name;
        this.agency = agency;
        this.role = role;
    }
}
