package uk.yos.k8s.network;

/** An IPv4 address range, a.b.c.d/n. IPv6 is refused: nothing here uses it, so nothing here tests it. */
public record Cidr(long network, int prefixLength) {

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new UnsupportedPolicyException("not a CIDR (no /n): " + text);
        }
        long address = Ipv4.parse(text.substring(0, slash));
        int prefix;
        try {
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new UnsupportedPolicyException("not a CIDR prefix length: " + text);
        }
        if (prefix < 0 || prefix > 32) {
            throw new UnsupportedPolicyException("prefix length out of range: " + text);
        }
        Cidr cidr = new Cidr(address & mask(prefix), prefix);
        // 10.0.0.1/24 is almost always a typo for a host or for 10.0.0.0/24; refuse to decide which was meant.
        if (cidr.network != address) {
            throw new UnsupportedPolicyException("host bits set in " + text + " (did you mean " + cidr + "?)");
        }
        return cidr;
    }

    public boolean contains(long address) {
        return (address & mask(prefixLength)) == network;
    }

    public boolean containsAll(Cidr other) {
        return other.prefixLength >= prefixLength && contains(other.network);
    }

    public boolean overlaps(Cidr other) {
        return containsAll(other) || other.containsAll(this);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    @Override
    public String toString() {
        return Ipv4.format(network) + "/" + prefixLength;
    }
}
