package org.factdesk.workbench.internal;

import java.util.Hashtable;
import java.util.stream.Collectors;

import org.factdesk.workbench.api.FreezeMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Installs the {@link FreezeWatch} on the event dispatch thread for as long as the workbench runs,
 * logs each freeze with its stack, and registers the {@link FreezeMonitor} service itself, so its
 * service properties can follow the count.
 */
@Component(immediate = true, configurationPid = "org.factdesk.workbench.freeze")
@Designate(ocd = FreezeMonitorComponent.Config.class)
public final class FreezeMonitorComponent {

    @ObjectClassDefinition(name = "Workbench UI-freeze monitor", description = "Logs every event that keeps the Swing event thread busy too long, with its stack.")
    @interface Config {
        @AttributeDefinition(name = "Threshold (ms)", description = "An event that takes longer is a freeze.", min = "20")
        long threshold_ms() default 100;
    }

    private final FreezeWatch watch;
    private final ServiceRegistration<FreezeMonitor> registration;
    private final Logger log;

    @Activate
    public FreezeMonitorComponent(BundleContext context, Config config, @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(FreezeMonitor.COUNT, 0L);
        this.watch = new FreezeWatch(config.threshold_ms(), this::frozen,
                f -> log.debug("start-up: the event thread was busy for {} ms with {}", f.millis(), f.event()));
        this.registration = context.registerService(FreezeMonitor.class, watch, props);
        watch.install();
    }

    private void frozen(FreezeMonitor.Freeze f) {
        String stack = f.stack().stream().limit(40).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
        log.warn("UI freeze: the event thread was busy for {} ms with {}{}", f.millis(), f.event(),
                stack.isEmpty() ? "" : "\n" + stack);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(FreezeMonitor.COUNT, watch.freezes());
        props.put(FreezeMonitor.LAST, f.toString());
        try {
            registration.setProperties(props);
        } catch (IllegalStateException gone) {
            // deactivating
        }
    }

    @Deactivate
    void deactivate() {
        watch.uninstall();
        try {
            registration.unregister();
        } catch (IllegalStateException gone) {
            // the framework took it already
        }
    }
}
