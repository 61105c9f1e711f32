package org.factdesk.workbench.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileStartsEmptyAndItsFolderIsMadeOnTheFirstChange() {
        Path file = dir.resolve("not").resolve("yet").resolve("desk.properties");
        Settings s = Settings.file(file);
        assertThat(s.get("x")).isEmpty();
        assertThat(s.all("")).isEmpty();
        assertThat(file).doesNotExist();
        s.put("x", "1");
        assertThat(file).isRegularFile();
        assertThat(s.get("x")).contains("1");
    }

    @Test
    void valuesSurviveAReopenAndARemovalToo() throws Exception {
        Path file = dir.resolve("desk.properties");
        Settings s = Settings.file(file);
        s.put("filter|b", "show=cases");
        s.put("filter|a", "text=caf%C3%A9");
        s.put("dismissed|/work/ws", "C-1,C-3");
        s.put("odd key = with: specials\\", "line one\nline two = ünï\t");
        s.put("gone", "soon");
        s.put("gone", null);
        Settings again = Settings.file(file);
        assertThat(again.get("filter|b")).contains("show=cases");
        assertThat(again.get("dismissed|/work/ws")).contains("C-1,C-3");
        assertThat(again.get("odd key = with: specials\\")).contains("line one\nline two = ünï\t");
        assertThat(again.get("gone")).isEmpty();
        assertThat(again.all("filter|")).containsExactly(java.util.Map.entry("filter|a", "text=caf%C3%A9"), java.util.Map.entry("filter|b", "show=cases"));
        assertThat(again.all("nothing")).isEmpty();
        // a plain properties file, written whole: nothing left beside it
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        assertThat(p.stringPropertyNames()).containsExactlyInAnyOrder("filter|a", "filter|b", "dismissed|/work/ws", "odd key = with: specials\\");
        try (var list = Files.list(dir)) {
            assertThat(list.map(x -> x.getFileName().toString())).containsExactly("desk.properties");
        }
    }

    @Test
    void anUnreadableFileStartsEmptyAndIsLeftAsItIsUntilAChange() throws Exception {
        Path file = dir.resolve("desk.properties");
        // a malformed \\u escape: Properties.load cannot read it
        byte[] broken = "filter|a=show=cases\nbad=\\u12\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, broken);
        Settings s = Settings.file(file);
        assertThat(s.get("bad")).isEmpty();
        assertThat(s.get("filter|a")).as("an unreadable file starts empty").isEmpty();
        assertThat(s.all("")).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        s.put("x", "1");
        Settings again = Settings.file(file);
        assertThat(again.get("x")).contains("1");
        assertThat(again.all("")).containsOnlyKeys("x");
    }

    @Test
    void aFolderWhereTheFileShouldBeStartsEmpty() throws Exception {
        Path file = dir.resolve("desk.properties");
        Files.createDirectories(file);
        Settings s = Settings.file(file);
        assertThat(s.all("")).isEmpty();
        // it cannot be written: the value is kept for this run
        s.put("x", "1");
        assertThat(s.get("x")).contains("1");
        assertThat(file).isDirectory();
    }

    @Test
    void aChangeThatCannotBeWrittenIsKeptForThisRun() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "I am a file");
        Settings s = Settings.file(notAFolder.resolve("desk.properties"));
        s.put("x", "1");
        assertThat(s.get("x")).contains("1");
        assertThat(s.all("")).containsOnlyKeys("x");
        assertThat(Files.readString(notAFolder)).isEqualTo("I am a file");
    }

    @Test
    void aRewriteReplacesTheWholeFile() throws Exception {
        Path file = dir.resolve("desk.properties");
        Files.writeString(file, "kept=yes\n");
        Files.writeString(dir.resolve("desk.properties.tmp"), "left by a crash=1\n");
        Settings s = Settings.file(file);
        assertThat(s.get("kept")).contains("yes");
        s.put("kept", null);
        s.put("new", "1");
        assertThat(Files.readString(file)).doesNotContain("kept").doesNotContain("crash").contains("new=1");
        assertThat(dir.resolve("desk.properties.tmp")).doesNotExist();
    }

    @Test
    void memorySettingsForgetNothingWhileTheyLast() {
        Settings m = Settings.memory();
        m.put("b", "2");
        m.put("a", "1");
        m.put("c", "3");
        m.put("c", null);
        assertThat(m.get("a")).contains("1");
        assertThat(m.get("c")).isEmpty();
        assertThat(m.all("")).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
        assertThat(Settings.memory().get("a")).isEmpty();
    }
}
