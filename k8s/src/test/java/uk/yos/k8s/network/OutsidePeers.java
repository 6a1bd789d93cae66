package uk.yos.k8s.network;

import java.util.List;
import java.util.Map;

/** What the suite meets outside its own namespace, labelled as a cluster running it has them. */
public final class OutsidePeers {

    /** The ingress-nginx controller, in the namespace the policies name. */
    public static final Peer.Pod INGRESS_CONTROLLER = Peer.pod("ingress-controller", "ingress-nginx", Map.of(
            "app.kubernetes.io/name", "ingress-nginx", "app.kubernetes.io/component", "controller"));

    /** CoreDNS, labelled k8s-app=kube-dns as kubeadm and most distributions do. */
    public static final Peer.Pod KUBE_DNS = Peer.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));

    /** Another pod in kube-system: DNS is allowed by pod and namespace together, not by namespace alone. */
    public static final Peer.Pod OTHER_KUBE_SYSTEM_POD = Peer.pod("metrics-server", "kube-system",
            Map.of("k8s-app", "metrics-server"));

    public static final Peer.Pod OTHER_NAMESPACE_POD = Peer.pod("other-namespace-pod", "other-team",
            Map.of("app.kubernetes.io/name", "shop"));

    /** A pod elsewhere labelled exactly like the gateway: a podSelector alone must not let it in. */
    public static final Peer.Pod GATEWAY_LOOKALIKE = Peer.pod("gateway-lookalike", "other-team", Map.of(
            "app.kubernetes.io/name", "gateway", "app.kubernetes.io/component", "gateway",
            "app.kubernetes.io/part-of", "yos"));

    /** The managed MySQL the prod overlay's database-egress.yaml points at (10.30.0.0/24). */
    public static final Peer.Address MANAGED_MYSQL = Peer.address("10.30.0.5");

    /** Next to the managed MySQL's range but outside it. */
    public static final Peer.Address BESIDE_MANAGED_MYSQL = Peer.address("10.30.1.5");

    /** Any internet host (a documentation address, RFC 5737). */
    public static final Peer.Address INTERNET = Peer.address("203.0.113.10");

    public static final List<Peer> ALL = List.of(INGRESS_CONTROLLER, KUBE_DNS, OTHER_KUBE_SYSTEM_POD,
            OTHER_NAMESPACE_POD, GATEWAY_LOOKALIKE, MANAGED_MYSQL, BESIDE_MANAGED_MYSQL, INTERNET);

    private OutsidePeers() {
    }
}
