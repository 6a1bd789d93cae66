package uk.yos.k8s.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** One end of a connection: a pod (any replica of a workload) or an address outside the cluster. */
public sealed interface Peer permits Peer.Pod, Peer.Address {

    /** The label every namespace carries, set by the API server to its name (what policies select namespaces by). */
    String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    /** A name for messages. */
    String name();

    static Pod pod(String name, String namespace, Map<String, String> labels) {
        return new Pod(name, namespace, Map.of(), labels);
    }

    static Address address(String ip) {
        return new Address(ip);
    }

    /** A pod by its labels and its namespace's labels (which always include the namespace's name). */
    record Pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels)
            implements Peer {

        public Pod {
            Map<String, String> withName = new LinkedHashMap<>(namespaceLabels);
            withName.put(NAMESPACE_NAME_LABEL, namespace);
            namespaceLabels = Map.copyOf(withName);
            labels = Map.copyOf(labels);
        }

        @Override
        public String toString() {
            return namespace + "/" + name;
        }
    }

    /** An address outside the cluster (the managed database, the internet). */
    record Address(String ip) implements Peer {

        public Address {
            Ipv4.parse(ip);
        }

        @Override
        public String name() {
            return ip;
        }

        long value() {
            return Ipv4.parse(ip);
        }

        @Override
        public String toString() {
            return ip;
        }
    }
}
