package uk.yos.k8s.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import uk.yos.k8s.Overlay;

/**
 * Every NetworkPolicy an overlay renders, judged as Kubernetes does: a connection is allowed when the source's
 * egress and the destination's ingress both allow it, each either because no policy isolates the pod in that
 * direction or because a rule of one of the policies that do matches. Anything it does not implement throws.
 */
public final class NetworkPolicies {

    /**
     * The pod network assumed (kubeadm's and kind's default). It only decides whether an ipBlock could take in pods;
     * an ipBlock overlapping it is refused, so the assumption cannot quietly allow anything.
     */
    public static final Cidr ASSUMED_POD_NETWORK = Cidr.parse("10.244.0.0/16");

    private final List<NetworkPolicy> policies;
    private final Cidr podNetwork;

    private NetworkPolicies(List<NetworkPolicy> policies, Cidr podNetwork) {
        this.policies = List.copyOf(policies);
        this.podNetwork = podNetwork;
    }

    public static NetworkPolicies of(Overlay overlay) {
        return from(overlay.objects(), ASSUMED_POD_NETWORK);
    }

    /** The NetworkPolicies among the objects (other kinds are ignored). */
    public static NetworkPolicies from(Collection<? extends JsonNode> objects, Cidr podNetwork) {
        return new NetworkPolicies(objects.stream()
                .filter(o -> "NetworkPolicy".equals(o.path("kind").asText()))
                .map(o -> {
                    if (!"networking.k8s.io/v1".equals(o.path("apiVersion").asText())) {
                        throw new UnsupportedPolicyException("NetworkPolicy of " + o.path("apiVersion"));
                    }
                    return NetworkPolicy.parse(o, podNetwork);
                })
                .toList(), podNetwork);
    }

    /** The same minus one policy: to show what that policy is for. */
    public NetworkPolicies without(String policyName) {
        List<NetworkPolicy> remaining = policies.stream().filter(p -> !p.name().equals(policyName)).toList();
        if (remaining.size() == policies.size()) {
            throw new IllegalArgumentException("no NetworkPolicy named " + policyName);
        }
        return new NetworkPolicies(remaining, podNetwork);
    }

    public boolean allows(Peer from, Peer to, int port, String protocol) {
        PolicyPort.requireProtocol(protocol, "connection");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        requireOutsidePodNetwork(from);
        requireOutsidePodNetwork(to);
        return sideAllows(from, Direction.EGRESS, to, port, protocol)
                && sideAllows(to, Direction.INGRESS, from, port, protocol);
    }

    private boolean sideAllows(Peer self, Direction direction, Peer otherEnd, int port, String protocol) {
        if (!(self instanceof Peer.Pod pod)) {
            return true; // an address outside the cluster has no policies of its own
        }
        List<NetworkPolicy> isolating = policies.stream().filter(p -> p.isolates(pod, direction)).toList();
        return isolating.isEmpty() || isolating.stream().anyMatch(p -> p.allows(direction, otherEnd, port, protocol));
    }

    /** An address in the pod network is some pod's: describe that pod instead. */
    private void requireOutsidePodNetwork(Peer peer) {
        if (peer instanceof Peer.Address address && podNetwork.contains(address.value())) {
            throw new IllegalArgumentException(address + " is in the pod network " + podNetwork + ": use a pod");
        }
    }
}
