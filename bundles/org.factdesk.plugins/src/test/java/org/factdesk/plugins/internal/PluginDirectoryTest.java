package org.factdesk.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** The watcher against a real (empty) Felix framework and a real directory. */
class PluginDirectoryTest {

    @TempDir
    Path tmp;
    Framework framework;
    PluginDirectory watcher;
    Path plugins;

    @BeforeEach
    void start() throws Exception {
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, tmp.resolve("cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        plugins = tmp.resolve("plugins");
        watcher = new PluginDirectory(framework.getBundleContext(), config(plugins.toString()), quietLogger());
    }

    @AfterEach
    void stop() throws Exception {
        watcher.deactivate();
        framework.stop();
        framework.waitForStop(10_000);
    }

    static PluginDirectory.Config config(String dir) {
        return new PluginDirectory.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PluginDirectory.Config.class;
            }

            @Override
            public String directory() {
                return dir;
            }

            @Override
            public long settleMillis() {
                return 15;
            }

            @Override
            public long startMillis() {
                return 2_000;
            }
        };
    }

    /** A minimal bundle: just a manifest. */
    Path bundle(String name, String version) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", name);
        m.getMainAttributes().putValue("Bundle-Version", version);
        Path jar = tmp.resolve(name + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // manifest only
        }
        return jar;
    }

    void drop(Path jar, String as) throws Exception {
        Path tmpFile = plugins.resolve(as + ".tmp");
        Files.copy(jar, tmpFile, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpFile, plugins.resolve(as), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    Bundle installed(String name) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void jarsAreInstalledUpdatedAndRemovedAsTheDirectoryChanges() throws Exception {
        drop(bundle("test.plugin", "1.0.0"), "p.jar");
        await("installed and active", () -> installed("test.plugin") != null && installed("test.plugin").getState() == Bundle.ACTIVE);
        long id = installed("test.plugin").getBundleId();

        drop(bundle("test.plugin", "2.0.0"), "p.jar");
        await("updated to 2.0.0", () -> installed("test.plugin").getVersion().toString().equals("2.0.0"));
        assertThat(installed("test.plugin").getBundleId()).as("updated in place, not reinstalled").isEqualTo(id);

        Files.delete(plugins.resolve("p.jar"));
        await("uninstalled", () -> installed("test.plugin") == null);
    }

    @Test
    void aBrokenJarIsSkippedAndAFixedOneIsThenInstalled() throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "half a jar");
        drop(bundle("test.other", "1.0.0"), "other.jar");
        await("the good one installed", () -> installed("test.other") != null);
        assertThat(framework.getBundleContext().getBundle(plugins.resolve("broken.jar").toUri().toString())).isNull();

        drop(bundle("test.fixed", "1.0.0"), "broken.jar");
        await("the fixed jar installed", () -> installed("test.fixed") != null);
    }

    @Test
    void filesThatAreNotJarsAreIgnored() throws Exception {
        Files.writeString(plugins.resolve("README.md"), "notes");
        drop(bundle("test.after", "1.0.0"), "after.jar");
        await("installed", () -> installed("test.after") != null);
        assertThat(framework.getBundleContext().getBundles()).hasSize(2);
    }

    /** A log that takes everything and says nothing. */
    static org.osgi.service.log.Logger quietLogger() {
        return (org.osgi.service.log.Logger) java.lang.reflect.Proxy.newProxyInstance(PluginDirectoryTest.class.getClassLoader(),
                new Class<?>[] {org.osgi.service.log.Logger.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> "test";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "quiet logger";
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
    }
}
