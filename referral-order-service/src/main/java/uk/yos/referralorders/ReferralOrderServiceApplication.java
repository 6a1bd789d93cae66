package uk.yos.referralorders;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "YOS referral-order-service API", version = "1.0.0"),
        tags = {
                @Tag(name = "Referral orders", description = "Referral orders, their contracts, extensions, "
                        + "revocation requests and missed appointments"),
                @Tag(name = "Panels", description = "Youth offender panels: composition, outcomes and debriefs"),
                @Tag(name = "Volunteers", description = "Community panel volunteers: vetting, training, conflicts "
                        + "of interest and availability")
        })
public class ReferralOrderServiceApplication extends Application {
}
