package uk.yos.cases.youngperson;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.yos.cases.contract.Ethnicity;
import uk.yos.cases.contract.Gender;
import uk.yos.common.persistence.VersionedEntity;

/** A child known to the YOS. */
@Entity
@Table(name = "young_person")
public class YoungPerson extends VersionedEntity {

    @Column(name = "local_reference", length = 30, nullable = false)
    public String localReference;

    @Column(name = "pnc_id", length = 13)
    public String pncId;

    @Column(name = "given_name", length = 100, nullable = false)
    public String givenName;

    @Column(name = "family_name", length = 100, nullable = false)
    public String familyName;

    @Column(name = "preferred_name", length = 100)
    public String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 20, nullable = false)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnicity", length = 40, nullable = false)
    public Ethnicity ethnicity;

    @Column(name = "locality_code", length = 40, nullable = false)
    public String localityCode;

    /** Derived from the locality, stored so area filters and reports use an index. */
    @Column(name = "area_code", length = 40, nullable = false)
    public String areaCode;

    /** The team responsible for the child when no case says otherwise. */
    @Column(name = "team_code", length = 40, nullable = false)
    public String teamCode;

    @Column(name = "child_in_care", nullable = false)
    public boolean childInCare;

    @Column(name = "send", nullable = false)
    public boolean send;

    @Column(name = "ehcp", nullable = false)
    public boolean ehcp;
}
