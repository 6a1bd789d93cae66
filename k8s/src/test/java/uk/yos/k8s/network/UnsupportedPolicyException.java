package uk.yos.k8s.network;

/** A policy the evaluator cannot judge faithfully, or one the API server would refuse: it says so rather than guess. */
public final class UnsupportedPolicyException extends RuntimeException {

    public UnsupportedPolicyException(String message) {
        super(message);
    }
}
