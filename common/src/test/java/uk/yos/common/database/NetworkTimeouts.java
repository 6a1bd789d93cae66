package uk.yos.common.database;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A connection that records the network timeouts set on it, and fails them once closed, as Connector/J does. */
final class NetworkTimeouts {

    final List<Integer> set = new ArrayList<>();
    boolean closed;

    Connection connection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("setNetworkTimeout")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (closed) {
                        throw new SQLException("No operations allowed after connection closed.", "08003");
                    }
                    set.add((Integer) args[1]);
                    return null;
                });
    }
}
