package uk.yos.cases;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "YOS case-service API", version = "1.0.0"),
        tags = {
                @Tag(name = "Young people", description = "Children known to the YOS"),
                @Tag(name = "Cases", description = "Episodes of work with a child, their offences and closure"),
                @Tag(name = "Allocations", description = "Who works on a case, now and before"),
                @Tag(name = "Reference data", description = "Areas, localities, teams and offence types")
        })
public class CaseServiceApplication extends Application {
}
