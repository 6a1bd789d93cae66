package uk.yos.referralorders.volunteer;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "AvailabilitySlot", description = "A weekly time the volunteer is usually free (England and Wales time)")
public record AvailabilitySlotDto(
        @Schema(example = "TUESDAY") @NotNull DayOfWeek dayOfWeek,
        @Schema(implementation = String.class, description = "HH:mm", pattern = TIME, example = "17:30")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime from,
        @Schema(implementation = String.class, description = "HH:mm, after from", pattern = TIME, example = "20:00")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime to) {

    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    static AvailabilitySlotDto of(AvailabilitySlot slot) {
        return new AvailabilitySlotDto(slot.dayOfWeek, slot.startTime, slot.endTime);
    }

    AvailabilitySlot toSlot() {
        AvailabilitySlot slot = new AvailabilitySlot();
        slot.dayOfWeek = dayOfWeek;
        slot.startTime = from;
        slot.endTime = to;
        return slot;
    }
}
