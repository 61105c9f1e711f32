package org.factdesk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeskTest {

    private static List<String> guiLast(String... args) {
        return Desk.guiLast(new ArrayList<>(List.of(args)));
    }

    @Test
    void deskOptionsAfterGuiMoveBeforeIt() {
        assertThat(guiLast("gui", "--workspace", "ws", "--as=ana")).containsExactly("--workspace", "ws", "--as=ana", "gui");
        assertThat(guiLast("--verbose", "gui", "--plugins", "p")).containsExactly("--verbose", "--plugins", "p", "gui");
        assertThat(guiLast("--as", "gui", "gui")).containsExactly("--as", "gui", "gui");
    }

    @Test
    void whatIsNotADeskOptionStaysAfterGuiToBeRefused() {
        assertThat(guiLast("gui", "--workspace", "ws", "article.txt")).containsExactly("--workspace", "ws", "gui", "article.txt");
        assertThat(guiLast("gui", "--fullscreen")).containsExactly("gui", "--fullscreen");
    }

    @Test
    void otherCommandsAreLeftAlone() {
        assertThat(guiLast("check", "--workspace", "ws", "gui")).containsExactly("check", "--workspace", "ws", "gui");
        assertThat(guiLast("--help", "gui")).containsExactly("--help", "gui");
    }
}
