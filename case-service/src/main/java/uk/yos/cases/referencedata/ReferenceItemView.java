package uk.yos.cases.referencedata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceItem", description = "One area, locality, team or offence type")
public record ReferenceItemView(
        @Schema(example = "NORTH_OOC", maxLength = 40) String code,
        @Schema(example = "North out-of-court team", maxLength = 120) String name,
        @Schema(description = "The unitary area (localities and area-based teams)", example = "NORTH", maxLength = 40)
        String areaCode,
        @Schema(description = "Inactive items stay valid on existing records but cannot be chosen for new ones")
        boolean active) {

    static ReferenceItemView of(ReferenceItem item) {
        return new ReferenceItemView(item.key.code, item.name, item.areaCode, item.active);
    }
}
