package org.factdesk.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeStateTest {

    @TempDir
    Path tmp;

    @Test
    void readsIdsWithAndWithoutOutputSizesAndIgnoresALineAKillCutShort() throws Exception {
        Path file = tmp.resolve("day.state");
        Files.writeString(file, "aaaa\n#output\t0\t/tmp/out.jsonl\nbbbb\t120\ncccc\t24");
        try (ResumeState state = ResumeState.open(file, "day.state", false)) {
            assertThat(state.done("aaaa")).isTrue();
            assertThat(state.done("bbbb")).isTrue();
            assertThat(state.done("cccc")).as("torn: not done, so checked again").isFalse();
            assertThat(state.size()).isEqualTo(2);
            assertThat(state.takenBack()).isZero(); // not writing to a file of this process: nothing to take back
            state.record("dddd");
        }
        // the torn line is ended, so the next id starts a line of its own
        assertThat(Files.readString(file)).endsWith("cccc\t24\ndddd\n");
        try (ResumeState again = ResumeState.open(file, "day.state", false)) {
            assertThat(again.done("dddd")).isTrue();
        }
    }

    @Test
    void aFolderOrAFileThatIsNoStateIsRefusedNamingIt() throws Exception {
        assertThatThrownBy(() -> ResumeState.open(tmp, "somewhere", false)).hasMessageContaining("somewhere is a folder");
        Path binary = Files.write(tmp.resolve("x.state"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> ResumeState.open(binary, "x.state", false)).hasMessage("cannot use x.state to resume: it is not a FactDesk state file");
    }
}
