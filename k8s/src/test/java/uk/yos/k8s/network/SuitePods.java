package uk.yos.k8s.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.yos.k8s.Overlay;

/**
 * The pods an overlay runs, one per workload standing for any of its replicas: the labels of its pod template, in
 * the namespace the overlay puts it, whose labels are those of the Namespace object the overlay renders.
 */
public final class SuitePods {

    private final Map<String, Peer.Pod> byWorkload;

    private SuitePods(Map<String, Peer.Pod> byWorkload) {
        this.byWorkload = byWorkload;
    }

    public static SuitePods of(Overlay overlay) {
        Map<String, Peer.Pod> pods = new LinkedHashMap<>();
        overlay.workloads().forEach(workload -> {
            String name = workload.path("metadata").path("name").asText();
            String namespace = workload.path("metadata").path("namespace").asText();
            if (namespace.isEmpty()) {
                throw new AssertionError(overlay + ": workload " + name + " has no namespace");
            }
            Map<String, String> labels = StrictJson.stringMap(
                    workload.path("spec").path("template").path("metadata").path("labels"), name + " pod labels");
            Peer.Pod pod = new Peer.Pod(name, namespace, namespaceLabels(overlay, namespace), labels);
            if (pods.put(name, pod) != null) {
                throw new AssertionError(overlay + " has two workloads named " + name);
            }
        });
        return new SuitePods(pods);
    }

    private static Map<String, String> namespaceLabels(Overlay overlay, String namespace) {
        return overlay.find("Namespace", namespace)
                .map(ns -> StrictJson.stringMap(ns.path("metadata").path("labels"), "Namespace " + namespace))
                .orElse(Map.of());
    }

    public Peer.Pod get(String workload) {
        Peer.Pod pod = byWorkload.get(workload);
        if (pod == null) {
            throw new AssertionError("no workload " + workload + " among " + byWorkload.keySet());
        }
        return pod;
    }

    public boolean has(String workload) {
        return byWorkload.containsKey(workload);
    }

    public List<Peer.Pod> all() {
        return List.copyOf(byWorkload.values());
    }

    /** The suite's namespace (all its workloads share one). */
    public String namespace() {
        List<String> namespaces = byWorkload.values().stream().map(Peer.Pod::namespace).distinct().toList();
        if (namespaces.size() != 1) {
            throw new AssertionError("the suite spans namespaces " + namespaces);
        }
        return namespaces.get(0);
    }

    /** A pod of a workload the overlay does not have (yet): what a new one gets before it has a policy. */
    public Peer.Pod newWorkload(String name) {
        Peer.Pod any = all().get(0);
        return new Peer.Pod(name, any.namespace(), any.namespaceLabels(), Map.of("app.kubernetes.io/name", name));
    }
}
