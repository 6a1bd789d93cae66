package uk.yos.prevention;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "YOS prevention-service API", version = "1.0.0"),
        tags = {
                @Tag(name = "Prevention referrals",
                        description = "Referrals from police, courts, schools, social care and families, and their "
                                + "status for the referring organisation"),
                @Tag(name = "Triage", description = "Assessment within the working-day deadline, the Prevention and "
                        + "Diversion Assessment Tool, health (CAMHS) screening and consent to voluntary work"),
                @Tag(name = "Joint decisions", description = "The police and YOS decision on the outcome; a youth "
                        + "caution or youth conditional caution opens a case in case-service"),
                @Tag(name = "Closure", description = "Closing a referral with its outcome")
        })
public class PreventionServiceApplication extends Application {
}
