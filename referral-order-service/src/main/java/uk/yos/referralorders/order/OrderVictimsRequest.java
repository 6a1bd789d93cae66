package uk.yos.referralorders.order;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrderVictimsRequest", description = "The victims of the order's offences, by victim-service id only "
        + "(never names: a victim's details are for the RJ team). Replaces the order's list; an empty list clears it.")
public record OrderVictimsRequest(
        @Schema(description = "victim-service victim ids, each once", maxItems = 20,
                example = "[\"01933b1e-7f10-7c2e-9a41-2d5e8c1b7a30\"]")
        @NotNull @Size(max = 20) List<@NotNull UUID> victimIds) {
}
