package uk.yos.e2e.benchmark;

import java.net.URI;

/**
 * One kind of request to measure: a GET of {@code url} on {@code process}, with a bearer token or none (null).
 *
 * @param name what the report calls it, e.g. "(c) read through the gateway"
 */
record Phase(String name, String process, URI url, String bearerToken) {

    @Override
    public String toString() { // never the token
        return name + ": GET " + url;
    }
}
