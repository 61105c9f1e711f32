package org.factdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.factdesk.commandline.CommandModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskTest {

    private static Desk desk(Map<String, String> env, String... args) throws Exception {
        return Desk.parse(CommandModel.parse(List.of(args)).globals(), env, Path.of("/opt/factdesk/plugins"));
    }

    @Test
    void optionsBeatTheEnvironmentWhichBeatsDefaults(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("FACTDESK_WORKSPACE", dir.resolve("env-ws").toString(), "FACTDESK_USER", "ben", "FACTDESK_VERBOSE", "1");
        Desk fromEnv = desk(env, "case", "list");
        assertThat(fromEnv.workspace()).isEqualTo(dir.resolve("env-ws"));
        assertThat(fromEnv.actor()).isEqualTo("ben");
        assertThat(fromEnv.verbose()).isTrue();
        assertThat(fromEnv.config()).isEqualTo(dir.resolve("env-ws/config"));

        Desk fromOptions = desk(env, "case", "list", "--workspace", dir.resolve("opt-ws").toString(), "--as=ana");
        assertThat(fromOptions.workspace()).isEqualTo(dir.resolve("opt-ws"));
        assertThat(fromOptions.actor()).isEqualTo("ana");

        Desk defaults = desk(Map.of(), "gui");
        assertThat(defaults.workspace()).isEqualTo(Path.of("factdesk-workspace").toAbsolutePath());
        assertThat(defaults.actor()).isNull();
        assertThat(defaults.plugins()).isEqualTo(Path.of("/opt/factdesk/plugins"));
        assertThat(defaults.verbose()).isFalse();
    }

    @Test
    void anEmptyValueOrAFileForAFolderIsRefusedByName(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> desk(Map.of(), "check", "--workspace=", "a.txt")).hasMessage("--workspace needs a value");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> desk(Map.of(), "gui", "--config", file.toString())).hasMessageContaining("is not a directory");
    }
}
