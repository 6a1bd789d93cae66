package uk.yos.devstack.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.yos.devstack.DevStackException;

/**
 * What {@code ./yos seed} writes: how many of each record, from which random seed, and whether it may add to a
 * population already there. Sizes not given are scaled from the number of children, in the proportions of a
 * large youth offending service: 2.5 cases per child, one victim per 5 children, one referral order per 10
 * children, 3 prevention referrals per 20 children.
 */
public record SeedOptions(long seed, int children, int cases, int victims, int referralOrders,
                          int preventionReferrals, boolean add) {

    public static final long DEFAULT_SEED = 20_261_130L;
    public static final int DEFAULT_CHILDREN = 100_000;

    /** Prevention referrals whose joint decision opened a youth caution or conditional caution case. */
    public int diversionCases() {
        return preventionReferrals / 5;
    }

    public SeedOptions {
        if (children < 1) {
            throw new DevStackException("--children must be 1 or more");
        }
        if (cases < children) {
            throw new DevStackException("--cases must be at least --children (every child has a case): " + cases
                    + " < " + children);
        }
        if (victims < 0 || referralOrders < 0 || preventionReferrals < 0) {
            throw new DevStackException("sizes must not be negative");
        }
        if ((long) referralOrders + preventionReferrals / 5 > cases / 2) {
            throw new DevStackException("--referral-orders and the prevention referrals' cautions (one in five) "
                    + "need at most half the cases: " + referralOrders + " + " + preventionReferrals / 5 + " > "
                    + cases / 2);
        }
    }

    /** The sizes for {@code children} children in the default proportions. */
    public static SeedOptions scaled(long seed, int children, boolean add) {
        return new SeedOptions(seed, children, children * 5 / 2, children / 5, children / 10, children * 3 / 20, add);
    }

    /** Parses {@code --seed N --children N --cases N --victims N --referral-orders N --prevention-referrals N --add}. */
    public static SeedOptions parse(List<String> args) {
        Map<String, Long> values = new HashMap<>();
        boolean add = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--add")) {
                add = true;
                continue;
            }
            if (!List.of("--seed", "--children", "--cases", "--victims", "--referral-orders",
                    "--prevention-referrals").contains(option)) {
                throw new DevStackException("Unknown option for seed: " + option + " (try ./yos help)");
            }
            if (i + 1 >= args.size()) {
                throw new DevStackException(option + " needs a number");
            }
            String value = args.get(++i);
            try {
                long number = Long.parseLong(value);
                if (!option.equals("--seed") && (number < 0 || number > 2_000_000)) {
                    throw new DevStackException(option + " must be between 0 and 2000000, not " + value);
                }
                values.put(option, number);
            } catch (NumberFormatException e) {
                throw new DevStackException(option + " needs a whole number, not '" + value + "'");
            }
        }
        SeedOptions scaled = scaled(values.getOrDefault("--seed", DEFAULT_SEED),
                Math.toIntExact(values.getOrDefault("--children", (long) DEFAULT_CHILDREN)), add);
        return new SeedOptions(scaled.seed(), scaled.children(),
                size(values, "--cases", scaled.cases()), size(values, "--victims", scaled.victims()),
                size(values, "--referral-orders", scaled.referralOrders()),
                size(values, "--prevention-referrals", scaled.preventionReferrals()), add);
    }

    private static int size(Map<String, Long> values, String option, int scaled) {
        return Math.toIntExact(values.getOrDefault(option, (long) scaled));
    }
}
