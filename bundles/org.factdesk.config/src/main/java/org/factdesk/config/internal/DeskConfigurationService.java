package org.factdesk.config.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.factdesk.api.config.Configurable;
import org.factdesk.api.config.DeskConfiguration;
import org.factdesk.api.config.Setting;
import org.factdesk.api.config.SettingsException;
import org.factdesk.api.config.StoredConfiguration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The desk's configuration over ConfigAdmin and Metatype.
 *
 * <p>The desk's files are applied by the OSGi Configurator, which the launcher starts right after this
 * component. The Configurator's memory of what it applied lives in the framework cache, which is new
 * every run, and it leaves alone a configuration it finds already stored. So on activation this
 * component deletes the configurations the desk's files set last run and records the ones they set
 * now: each start applies the files as they are, and a configuration removed from a file goes away.
 */
@Component(immediate = true)
public class DeskConfigurationService implements DeskConfiguration {

    /** Framework property: the desk's configuration folder (set by the launcher). */
    static final String FOLDER = "factdesk.config";
    /** Where this component records the PIDs the desk's files set (a configuration of its own). */
    static final String BOOKKEEPING = "org.factdesk.config.deskfiles";

    private final ConfigurationAdmin admin;
    private final MetaTypeService metaTypes;
    private final BundleContext context;
    private final Logger log;
    private final Optional<Path> folder;
    private final DeskFiles files;

    @Activate
    public DeskConfigurationService(@Reference ConfigurationAdmin admin, @Reference MetaTypeService metaTypes,
            @Reference(service = LoggerFactory.class) Logger log, BundleContext context) {
        this.admin = admin;
        this.metaTypes = metaTypes;
        this.context = context;
        this.log = log;
        String dir = context.getProperty(FOLDER);
        this.folder = dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
        this.files = folder.map(DeskFiles::read).orElse(DeskFiles.NONE);
        files.problems().forEach(log::error);
        try {
            forgetLastRunsDeskFiles();
        } catch (IOException | InvalidSyntaxException e) {
            log.error("cannot clear the configurations the desk's files set last run: " + e.getMessage());
        }
        checkDeskFiles().forEach(log::error);
    }

    /** What in the desk's files no component takes, or breaks a setting's rule; one line each, naming the file. */
    List<String> checkDeskFiles() {
        List<String> problems = new ArrayList<>();
        files.settings().forEach((pid, props) -> {
            String where = files.byPid().get(pid) + ": ";
            Optional<Configurable> described = configurable(pid);
            if (described.isEmpty()) {
                problems.add(where + unknown(pid).getMessage());
                return;
            }
            for (Map.Entry<String, Object> e : props.entrySet()) {
                Optional<Setting> s = described.get().setting(e.getKey());
                if (s.isEmpty()) {
                    problems.add(where + pid + ": no setting \"" + e.getKey() + "\" (settings: "
                            + String.join(", ", described.get().settings().stream().map(Setting::id).toList()) + ")");
                    continue;
                }
                try {
                    Values.typed(pid, s.get(), Values.texts(e.getValue()), ad(described.get(), s.get().id()));
                } catch (SettingsException bad) {
                    problems.add(where + bad.getMessage());
                }
            }
        });
        return problems;
    }

    private void forgetLastRunsDeskFiles() throws IOException, InvalidSyntaxException {
        Configuration book = admin.getConfiguration(BOOKKEEPING, "?");
        Dictionary<String, Object> props = book.getProperties();
        if (props != null && props.get("pids") instanceof String[] last) {
            for (String pid : last) {
                Configuration c = find(pid);
                if (c != null) {
                    c.delete();
                }
            }
        }
        Hashtable<String, Object> now = new Hashtable<>();
        now.put("pids", files.settings().keySet().toArray(new String[0]));
        book.update(now);
        log.debug("desk files " + files.paths() + " set " + files.byPid().keySet());
    }

    @Override
    public Optional<Path> folder() {
        return folder;
    }

    @Override
    public List<Path> deskFiles() {
        return files.paths();
    }

    @Override
    public List<Configurable> configurables() {
        Map<String, Configurable> all = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
            if (info == null) {
                continue;
            }
            for (String pid : info.getPids()) {
                all.putIfAbsent(pid, describe(b, pid, false, info.getObjectClassDefinition(pid, null)));
            }
            for (String pid : info.getFactoryPids()) {
                all.putIfAbsent(pid, describe(b, pid, true, info.getObjectClassDefinition(pid, null)));
            }
        }
        return List.copyOf(all.values());
    }

    private static Configurable describe(Bundle b, String pid, boolean factory, ObjectClassDefinition ocd) {
        List<Setting> settings = new ArrayList<>();
        AttributeDefinition[] ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition ad : ads == null ? new AttributeDefinition[0] : ads) {
            settings.add(new Setting(ad.getID(), ad.getName(), text(ad.getDescription()), Values.typeName(ad.getType()),
                    ad.getCardinality(), list(ad.getDefaultValue()), list(ad.getOptionValues())));
        }
        return new Configurable(pid, factory, ocd.getName(), text(ocd.getDescription()), b.getSymbolicName(), settings);
    }

    @Override
    public Optional<Configurable> configurable(String pid) {
        String base = Pids.factoryOf(pid).orElse(pid);
        return configurables().stream().filter(c -> c.pid().equals(base) && c.factory() == Pids.factoryOf(pid).isPresent()).findFirst();
    }

    @Override
    public List<StoredConfiguration> configurations() {
        List<StoredConfiguration> out = new ArrayList<>();
        try {
            Configuration[] all = admin.listConfigurations(null);
            for (Configuration c : all == null ? new Configuration[0] : all) {
                if (!c.getPid().equals(BOOKKEEPING) && c.getProperties() != null) {
                    out.add(stored(c));
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot list configurations: " + e.getMessage(), e);
        }
        out.sort(java.util.Comparator.comparing(StoredConfiguration::pid));
        return out;
    }

    @Override
    public Optional<StoredConfiguration> configuration(String pid) {
        try {
            Configuration c = find(pid);
            return c == null || c.getProperties() == null ? Optional.empty() : Optional.of(stored(c));
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoredConfiguration set(String pid, Map<String, List<String>> values) throws SettingsException {
        refuseDeskFilePid(pid);
        Configurable described = configurable(pid).orElseThrow(() -> unknown(pid));
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            Setting s = described.setting(e.getKey()).orElseThrow(() -> new SettingsException(pid + ": no setting \"" + e.getKey()
                    + "\" (settings: " + String.join(", ", described.settings().stream().map(Setting::id).toList()) + ")"));
            typed.put(s.id(), Values.typed(pid, s, e.getValue(), ad(described, s.id())));
        }
        try {
            Configuration c = find(pid);
            if (c == null) {
                c = create(pid);
            }
            Hashtable<String, Object> props = own(c.getProperties());
            props.putAll(typed);
            c.update(props);
            return stored(c);
        } catch (IOException | InvalidSyntaxException e) {
            throw new SettingsException(pid + ": cannot store the configuration: " + e.getMessage());
        }
    }

    @Override
    public StoredConfiguration unset(String pid, Collection<String> keys) throws SettingsException {
        refuseDeskFilePid(pid);
        try {
            Configuration c = find(pid);
            if (c == null || c.getProperties() == null) {
                throw new SettingsException(pid + " has no stored configuration (factdesk config list shows those that do)");
            }
            Hashtable<String, Object> props = own(c.getProperties());
            for (String k : keys) {
                if (props.remove(k) == null) {
                    throw new SettingsException(pid + ": \"" + k + "\" is not set (set: " + String.join(", ", new TreeMap<>(props).keySet()) + ")");
                }
            }
            c.update(props);
            return stored(c);
        } catch (IOException | InvalidSyntaxException e) {
            throw new SettingsException(pid + ": cannot store the configuration: " + e.getMessage());
        }
    }

    @Override
    public boolean delete(String pid) throws SettingsException {
        refuseDeskFilePid(pid);
        try {
            Configuration c = find(pid);
            if (c == null) {
                return false;
            }
            c.delete();
            return true;
        } catch (IOException | InvalidSyntaxException e) {
            throw new SettingsException(pid + ": cannot delete the configuration: " + e.getMessage());
        }
    }

    // --- helpers

    private void refuseDeskFilePid(String pid) throws SettingsException {
        Path file = files.byPid().get(pid);
        if (file != null) {
            throw new SettingsException(pid + " is set by the desk file " + file + ": change it there (it is applied at every start)");
        }
        if (pid.equals(BOOKKEEPING)) {
            throw unknown(pid);
        }
    }

    private SettingsException unknown(String pid) {
        return new SettingsException("no configurable component takes \"" + pid + "\"" + (Pids.factoryOf(pid).isEmpty()
                && configurables().stream().anyMatch(c -> c.pid().equals(pid) && c.factory())
                        ? " directly: it is a factory, name an instance as " + pid + "~NAME"
                        : " (factdesk config list shows the PIDs)"));
    }

    private AttributeDefinition ad(Configurable c, String id) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().equals(c.bundle())) {
                MetaTypeInformation info = metaTypes.getMetaTypeInformation(b);
                ObjectClassDefinition ocd = info == null ? null : info.getObjectClassDefinition(c.pid(), null);
                AttributeDefinition[] ads = ocd == null ? null : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
                for (AttributeDefinition ad : ads == null ? new AttributeDefinition[0] : ads) {
                    if (ad.getID().equals(id)) {
                        return ad;
                    }
                }
            }
        }
        return null;
    }

    private Configuration find(String pid) throws IOException, InvalidSyntaxException {
        Configuration[] found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + Pids.escape(pid) + ")");
        return found == null || found.length == 0 ? null : found[0];
    }

    private Configuration create(String pid) throws IOException {
        Optional<String> factory = Pids.factoryOf(pid);
        // "?": bound to no bundle, so the component that takes it gets it whichever bundle asked
        return factory.isPresent() ? admin.getFactoryConfiguration(factory.get(), pid.substring(factory.get().length() + 1), "?")
                : admin.getConfiguration(pid, "?");
    }

    private StoredConfiguration stored(Configuration c) {
        Map<String, Object> props = new TreeMap<>();
        Dictionary<String, Object> d = c.getProperties();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            if (!Pids.FRAMEWORK_KEYS.contains(k)) {
                props.put(k, d.get(k));
            }
        }
        Path file = files.byPid().get(c.getPid());
        return new StoredConfiguration(c.getPid(), c.getFactoryPid(), props, file != null ? file.toString() : StoredConfiguration.SET_HERE);
    }

    private static Hashtable<String, Object> own(Dictionary<String, Object> d) {
        Hashtable<String, Object> out = new Hashtable<>();
        if (d != null) {
            for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                if (!Pids.FRAMEWORK_KEYS.contains(k)) {
                    out.put(k, d.get(k));
                }
            }
        }
        return out;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    /** PIDs named in the desk's files (for tests). */
    Set<String> deskFilePids() {
        return new HashSet<>(files.byPid().keySet());
    }
}
