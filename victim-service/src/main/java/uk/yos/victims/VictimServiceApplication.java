package uk.yos.victims;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "YOS victim-service API", version = "1.0.0"),
        tags = {
                @Tag(name = "Victims", description = "Victims linked to a case and offence: personal and contact "
                        + "details, enhanced rights, consent, the RJ decision and the RJ-information deadline (RJ team only)"),
                @Tag(name = "Victim contacts", description = "Attempts to contact a victim and contacts made, with outcomes"),
                @Tag(name = "RJ interventions", description = "Restorative-justice work with a victim: conferences, "
                        + "shuttle communication, letters, reparation, panel attendance, impact statements"),
                @Tag(name = "Specialist support", description = "Referrals of victims to specialist support services"),
                @Tag(name = "Evaluations", description = "Victims' evaluations of the RJ service, with their consent"),
                @Tag(name = "Victim feedback", description = "The victim's views, wishes and agreed reparation, without "
                        + "personal or contact details, for the case manager and the panel")
        })
public class VictimServiceApplication extends Application {
}
