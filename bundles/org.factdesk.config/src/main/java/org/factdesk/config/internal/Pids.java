package org.factdesk.config.internal;

import java.util.Optional;
import java.util.Set;

/** PIDs as users write them: {@code PID}, or {@code FACTORY~NAME} for a factory instance. */
final class Pids {

    /** Properties ConfigAdmin adds itself; never shown or set as settings. */
    static final Set<String> FRAMEWORK_KEYS = Set.of("service.pid", "service.factoryPid", "service.bundleLocation", ".org.apache.felix.configadmin.revision.");

    private Pids() {
    }

    static Optional<String> factoryOf(String pid) {
        int tilde = pid.indexOf('~');
        return tilde > 0 ? Optional.of(pid.substring(0, tilde)) : Optional.empty();
    }

    /** Escapes a value for an LDAP filter. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
