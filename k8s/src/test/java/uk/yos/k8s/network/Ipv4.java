package uk.yos.k8s.network;

/** Dotted IPv4 addresses as unsigned 32-bit numbers. */
final class Ipv4 {

    private Ipv4() {
    }

    static long parse(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new UnsupportedPolicyException("not an IPv4 address (IPv6 is not implemented): " + dotted);
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                throw new UnsupportedPolicyException("not an IPv4 address: " + dotted);
            }
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    static String format(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }
}
