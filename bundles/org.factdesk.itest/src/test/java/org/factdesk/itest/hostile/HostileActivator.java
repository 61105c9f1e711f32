package org.factdesk.itest.hostile;

import java.lang.reflect.Proxy;
import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the hostile test plugins (packed into jars by {@code HostilePlugins}): its
 * bundle's {@code X-Hostile} header says how it misbehaves, in its activator or in its checker.
 * The checker is a proxy of the API's interface, loaded through the bundle's imports, so this test
 * code needs no FactDesk class on the test class path (where it would hide the desk's services).
 */
public final class HostileActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) throws ClassNotFoundException {
        String kind = context.getBundle().getHeaders().get("X-Hostile");
        switch (kind) {
            case "block-activator" -> {
                while (true) { // ignores interrupts too: only the process's end stops it
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException ignored) {
                        // keep blocking
                    }
                }
            }
            case "throw-activator" -> throw new IllegalStateException("hostile activator refuses to start");
            default -> {
                Hashtable<String, Object> props = new Hashtable<>();
                props.put("factdesk.checker.id", context.getBundle().getSymbolicName());
                props.put("factdesk.checker.name", "hostile " + kind);
                Class<?> checker = context.getBundle().loadClass("org.factdesk.api.check.Checker");
                Object service = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {checker}, new HostileChecker(kind));
                context.registerService(checker.getName(), service, props);
            }
        }
    }

    @Override
    public void stop(BundleContext context) {
    }
}
