package org.factdesk.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.factdesk.api.plugins.Plugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShelfTest {

    @TempDir
    Path tmp;

    Path bundle(String file, String bsn, String version) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (bsn != null) {
            m.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
            m.getMainAttributes().putValue("Bundle-Version", version);
        }
        Path jar = tmp.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // a manifest is all a shelf reads
        }
        return jar;
    }

    static final java.util.Set<String> BUILT_INS = java.util.Set.of("org.factdesk.checker.figures", "org.factdesk.api");

    Shelf shelf() {
        return new Shelf(tmp.resolve("plugins"), location -> null, () -> BUILT_INS, location -> null);
    }

    @Test
    void aBundleGoesInUnderItsSymbolicNameAndAnUpdateReplacesIt() throws IOException {
        Shelf shelf = shelf();
        assertThat(shelf.install(bundle("build-1.jar", "org.example.checker;singleton:=true", "1.0.0"))).hasFileName("org.example.checker.jar");
        shelf.install(bundle("build-2.jar", "org.example.checker", "1.1.0"));
        assertThat(shelf.plugins()).containsExactly(new Plugin("org.example.checker.jar", "org.example.checker", "1.1.0", Plugin.NOT_INSTALLED, -1));
        assertThat(shelf.remove("org.example.checker")).isTrue();
        assertThat(shelf.plugins()).isEmpty();
        assertThat(shelf.remove("org.example.checker")).isFalse();
    }

    @Test
    void aSymbolicNameThatIsAPathIsRefusedAndNothingIsWrittenOutsideTheDirectory() throws IOException {
        Shelf shelf = shelf();
        for (String bsn : new String[] {"../../evil", "a/b", "..", "x\\y"}) {
            Path jar = bundle("evil.jar", bsn, "1.0.0");
            assertThatThrownBy(() -> shelf.install(jar)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("evil.jar").hasMessageContaining("is not a symbolic name");
        }
        assertThat(tmp.resolve("evil.jar.jar")).doesNotExist();
        assertThat(tmp.getParent().resolve("evil.jar")).doesNotExist();
        assertThat(shelf.plugins()).isEmpty();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("evil.jar");
        }
    }

    @Test
    void aJarWithoutASymbolicNameIsNoBundle() throws IOException {
        Shelf shelf = shelf();
        Path jar = bundle("plain.jar", null, null);
        assertThatThrownBy(() -> shelf.install(jar)).hasMessageContaining("plain.jar: not an OSGi bundle");
    }

    @Test
    void aPluginCannotTakeTheNameOfABuiltInBundle() throws IOException {
        Shelf shelf = shelf();
        Path jar = bundle("figures-2.jar", "org.factdesk.checker.figures", "9.0.0");
        assertThatThrownBy(() -> shelf.install(jar)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("figures-2.jar: it is named org.factdesk.checker.figures, like a bundle of FactDesk itself;"
                        + " a plugin cannot replace or shadow a built-in bundle");
        assertThat(tmp.resolve("plugins")).doesNotExist();
    }

    @Test
    void aVersionThatIsNoVersionIsRefused() throws IOException {
        Path jar = bundle("odd.jar", "org.example.odd", "1.0.0/../../x");
        assertThatThrownBy(() -> shelf().install(jar)).hasMessage("odd.jar: its Bundle-Version \"1.0.0/../../x\" is not a version (MAJOR.MINOR.MICRO.QUALIFIER)");
    }

    @Test
    void aJarDroppedInByHandThatIsNoPluginIsListedAsRefusedWithItsReason() throws IOException {
        Files.createDirectories(tmp.resolve("plugins"));
        Files.move(bundle("evil.jar", "org.factdesk.api", "2.0.0"), tmp.resolve("plugins/evil.jar"));
        Files.writeString(tmp.resolve("plugins/junk.jar"), "not a jar at all");
        assertThat(shelf().plugins()).extracting(Plugin::file, Plugin::state, Plugin::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("evil.jar", Shelf.REFUSED,
                        "it is named org.factdesk.api, like a bundle of FactDesk itself; a plugin cannot replace or shadow a built-in bundle"),
                org.assertj.core.groups.Tuple.tuple("junk.jar", Shelf.REFUSED, "not an OSGi bundle (the jar has no manifest)"));
    }
}
