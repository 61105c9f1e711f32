package org.factdesk.workbench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.factdesk.workbench.api.FreezeMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The freeze monitor on the real event queue (it needs no display). */
class FreezeWatchTest {

    final List<FreezeMonitor.Freeze> freezes = new CopyOnWriteArrayList<>();
    final List<FreezeMonitor.Freeze> startup = new CopyOnWriteArrayList<>();
    FreezeWatch watch;

    @AfterEach
    void uninstall() throws Exception {
        if (watch != null) {
            EventQueue.invokeAndWait(() -> {
            });
            watch.uninstall();
        }
    }

    static void slowEvent(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSlowEventIsAFreezeWithTheStackItHadWhileBusy() throws Exception {
        watch = new FreezeWatch(100, freezes::add, startup::add).install();
        watch.arm();
        EventQueue.invokeAndWait(() -> slowEvent(300));
        EventQueue.invokeAndWait(() -> slowEvent(5));
        EventQueue.invokeAndWait(() -> {
        });
        assertThat(watch.freezes()).isEqualTo(1);
        assertThat(freezes).hasSize(1);
        FreezeMonitor.Freeze f = freezes.get(0);
        assertThat(f.millis()).isBetween(250L, 5000L);
        assertThat(f.event()).startsWith("InvocationEvent");
        assertThat(f.stack()).anyMatch(e -> e.getMethodName().equals("slowEvent"));
        assertThat(watch.last()).contains(f);
        assertThat(f.toString()).contains("ms at").contains("slowEvent");
    }

    @Test
    void quickEventsAreNoFreezes() throws Exception {
        watch = new FreezeWatch(100, freezes::add, startup::add).install();
        watch.arm();
        for (int i = 0; i < 50; i++) {
            EventQueue.invokeAndWait(() -> slowEvent(1));
        }
        assertThat(watch.freezes()).isZero();
        assertThat(watch.last()).isEmpty();
    }

    @Test
    void beforeTheWindowIsOpenALongEventIsStartUp() throws Exception {
        watch = new FreezeWatch(100, freezes::add, startup::add).install();
        EventQueue.invokeAndWait(() -> slowEvent(200));
        EventQueue.invokeAndWait(() -> {
        });
        assertThat(watch.freezes()).isZero();
        assertThat(startup).hasSize(1);
    }

    @Test
    void waitingInASecondaryLoopIsNoFreeze() throws Exception {
        watch = new FreezeWatch(100, freezes::add, startup::add).install();
        watch.arm();
        EventQueue.invokeAndWait(() -> {
            // what a modal dialog does: the event's dispatch waits in a loop that dispatches other events
            java.awt.SecondaryLoop loop = java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().createSecondaryLoop();
            new Thread(() -> {
                slowEvent(250);
                EventQueue.invokeLater(() -> slowEvent(1));
                EventQueue.invokeLater(loop::exit);
            }).start();
            loop.enter();
        });
        EventQueue.invokeAndWait(() -> {
        });
        assertThat(watch.freezes()).isZero();
    }
}
