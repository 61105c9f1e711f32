package org.factdesk.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskFilesTest {

    static final String HEADER = "\":configurator:resource-version\": 1, \":configurator:symbolic-name\": \"desk\", \":configurator:version\": \"1.0.0\"";

    @TempDir
    Path dir;

    @Test
    void readsThePidsAndTypedSettingsInNameOrder() throws Exception {
        Files.writeString(dir.resolve("b.json"), "{" + HEADER + ", \"org.x~one\": {\"archives\": [\"/a.jsonl\"], \"max:Integer\": 3}}");
        Files.writeString(dir.resolve("a.json"), "{" + HEADER + ", \"org.y\": {\"on\": true}}");
        Files.writeString(dir.resolve("notes.txt"), "not a desk file");
        DeskFiles f = DeskFiles.read(dir);
        assertThat(f.problems()).isEmpty();
        assertThat(f.paths()).extracting(p -> p.getFileName().toString()).containsExactly("a.json", "b.json");
        assertThat(f.byPid()).containsOnlyKeys("org.x~one", "org.y");
        assertThat(f.byPid().get("org.x~one")).isEqualTo(dir.resolve("b.json"));
        assertThat(f.settings().get("org.x~one").get("max")).isEqualTo(3);
        assertThat((String[]) f.settings().get("org.x~one").get("archives")).containsExactly("/a.jsonl");
    }

    @Test
    void aBrokenFileIsNamedWithWhatIsWrongAndTheOthersStillCount() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{" + HEADER + ", \"org.y\": {\"on\": true}}");
        Files.writeString(dir.resolve("b.json"), "{" + HEADER + ", \"org.z\": {\"on\": true \"off\": 1}}");
        Files.writeString(dir.resolve("c.json"), "{\"org.w\": {}}");
        DeskFiles f = DeskFiles.read(dir);
        assertThat(f.byPid()).containsOnlyKeys("org.y");
        assertThat(f.problems()).hasSize(2);
        assertThat(f.problems().get(0)).startsWith(dir.resolve("b.json") + ": not valid JSON").contains("line no=1").endsWith("(the file is not applied)");
        assertThat(f.problems().get(1)).startsWith(dir.resolve("c.json").toString()).contains(":configurator:resource-version");
    }

    @Test
    void aPidSetInTwoFilesIsReportedAndTheLaterFileWins() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{" + HEADER + ", \"org.y\": {\"n\": 1}}");
        Files.writeString(dir.resolve("b.json"), "{" + HEADER + ", \"org.y\": {\"n\": 2}}");
        DeskFiles f = DeskFiles.read(dir);
        assertThat(f.byPid().get("org.y")).isEqualTo(dir.resolve("b.json"));
        assertThat(f.problems()).singleElement().asString().contains("org.y is also set in").contains("b.json wins");
    }

    @Test
    void noFolderMeansNoFilesAndNoComplaint() {
        DeskFiles f = DeskFiles.read(dir.resolve("missing"));
        assertThat(f.paths()).isEmpty();
        assertThat(f.problems()).isEmpty();
    }
}
