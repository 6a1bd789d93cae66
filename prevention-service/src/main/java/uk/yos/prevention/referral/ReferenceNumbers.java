package uk.yos.prevention.referral;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human references for referrals: {@code PD-<year received>-<8 hex digits>}, e.g. {@code PD-2026-1a2b3c4d}. Random
 * rather than sequential, so a reference reveals nothing about how many referrals there are; unique in the
 * database, and checked before use so a clash (one in four billion a year) only costs another draw.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    public String next(LocalDate receivedOn) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String reference = "PD-" + receivedOn.getYear() + "-" + HexFormat.of().toHexDigits(random.nextInt());
            if (!PreventionReferral.referenceTaken(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("No free referral reference after " + ATTEMPTS + " attempts");
    }
}
