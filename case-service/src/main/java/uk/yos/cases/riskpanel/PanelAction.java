package uk.yos.cases.riskpanel;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An action a panel agreed: what, who owns it, by when. */
@Embeddable
public class PanelAction {

    @Column(name = "description", length = 500, nullable = false)
    public String description;

    @Column(name = "owner", length = 200, nullable = false)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
}
