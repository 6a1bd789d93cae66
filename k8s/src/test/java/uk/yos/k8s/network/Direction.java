package uk.yos.k8s.network;

/** The two policy types, by the names policyTypes spells them. */
enum Direction {
    INGRESS("Ingress"),
    EGRESS("Egress");

    private final String policyType;

    Direction(String policyType) {
        this.policyType = policyType;
    }

    static Direction ofPolicyType(String name, String where) {
        for (Direction direction : values()) {
            if (direction.policyType.equals(name)) {
                return direction;
            }
        }
        throw new UnsupportedPolicyException(where + ": unknown policy type " + name);
    }

    /** The rules' field in the spec, and their peers' field in a rule. */
    String rulesField() {
        return this == INGRESS ? "ingress" : "egress";
    }

    String peersField() {
        return this == INGRESS ? "from" : "to";
    }
}
