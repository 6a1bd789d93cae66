package uk.yos.referralorders.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A YOS member of staff advising the panel, identified by their Keycloak user id. */
@Embeddable
public class PanelAdvisor {

    @Column(name = "worker_id", length = 64, nullable = false)
    public String workerId;

    @Column(name = "worker_name", length = 200, nullable = false)
    public String workerName;
}
