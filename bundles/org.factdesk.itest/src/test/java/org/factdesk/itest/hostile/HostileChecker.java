package org.factdesk.itest.hostile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** A checker that does, on every claim, the one thing a plugin must never get away with. */
final class HostileChecker implements InvocationHandler {

    private final String kind;

    HostileChecker(String kind) {
        this.kind = kind;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Exception {
        switch (method.getName()) {
            case "check" -> {
                return check();
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            default -> {
                return "hostile " + kind;
            }
        }
    }

    private List<Object> check() throws Exception {
        switch (kind) {
            case "exit" -> System.exit(0);
            case "runtime-exit" -> Runtime.getRuntime().exit(3);
            case "halt" -> Runtime.getRuntime().halt(7);
            case "exec" -> Runtime.getRuntime().exec(new String[] {"touch", System.getProperty("java.io.tmpdir") + "/factdesk-hostile-exec"});
            case "process" -> new ProcessBuilder("touch", System.getProperty("java.io.tmpdir") + "/factdesk-hostile-process").start();
            case "busy" -> {
                long spin = 0;
                while (spin >= 0) { // never checks for interrupts
                    spin++;
                }
            }
            case "alloc" -> {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return List.of();
    }
}
