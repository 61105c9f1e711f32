package org.factdesk.guard.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.ServiceRegistration;

/**
 * Weaves every bundle that is not one of the distribution's own: its calls that would end the
 * process or start another one become {@link org.factdesk.guard.Trap} calls that throw. The
 * distribution's bundles are those installed from the framework property {@value #BUILT_INS}
 * (a location prefix the launcher sets); they are trusted and left as they are.
 *
 * <p>Registered by the bundle's activator, not by Declarative Services: the framework asks weaving
 * hooks about every class it defines, SCR's own among them, while SCR would still be creating this one.
 */
public final class PluginWeaver implements WeavingHook, BundleActivator {

    /** Framework property: the location prefix of the distribution's bundles. */
    static final String BUILT_INS = "factdesk.builtins";
    /** Where woven classes find the traps: only the guard's own package, never a look-alike a plugin exports. */
    static final String IMPORT = "org.factdesk.guard;version=\"[1.0,2)\";bundle-symbolic-name=org.factdesk.guard";

    private volatile String builtIns;
    private volatile long self = -1;
    private ServiceRegistration<WeavingHook> registration;

    @Override
    public void start(BundleContext context) {
        String p = context.getProperty(BUILT_INS);
        builtIns = p == null || p.isBlank() ? null : p;
        self = context.getBundle().getBundleId();
        registration = context.registerService(WeavingHook.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    @Override
    public void weave(WovenClass woven) {
        Bundle bundle = woven.getBundleWiring().getBundle();
        if (bundle.getBundleId() == 0 || bundle.getBundleId() == self || builtIns != null && bundle.getLocation().startsWith(builtIns)) {
            return;
        }
        byte[] rewritten;
        try {
            rewritten = ProcessCalls.rewrite(woven.getBytes());
        } catch (RuntimeException unreadable) {
            // a class ASM cannot read is not let through unguarded: its loading fails, the plugin with it
            throw new WeavingException("plugin " + bundle.getSymbolicName() + ": class " + woven.getClassName()
                    + " could not be checked for process calls: " + unreadable.getMessage(), unreadable);
        }
        if (rewritten != null) {
            woven.setBytes(rewritten);
            woven.getDynamicImports().add(IMPORT);
        }
    }
}
