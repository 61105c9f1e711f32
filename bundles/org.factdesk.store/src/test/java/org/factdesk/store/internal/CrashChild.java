package org.factdesk.store.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.WorkspaceStore.Access;

/**
 * The process the crash test kills: writers commit changes as fast as they can and print
 * {@code ack SEQ HASH} for each change only after {@link Journal#append} returned. With no writers
 * it only holds the workspace open.
 */
public final class CrashChild {

    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        int writers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, true);
        out.println("ready " + j.lastSeq());
        out.flush();
        if (writers == 0) {
            Thread.sleep(Long.MAX_VALUE); // hold the workspace open, as a running desk does
        }
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try {
                    for (int n = 0;; n++) {
                        int size = 1 + n % 3;
                        List<Change> changes = new java.util.ArrayList<>();
                        for (int k = 0; k < size; k++) {
                            changes.add(new Change("writer-" + writer, "crash.test", "{\"writer\":" + writer + ",\"n\":" + n + ",\"k\":" + k
                                    + ",\"pad\":\"" + "x".repeat(40 + (n * 37) % 400) + "\"}"));
                        }
                        List<JournalEntry> acked = j.append(changes);
                        synchronized (out) {
                            for (JournalEntry e : acked) {
                                out.println("ack " + e.seq() + " " + e.hash());
                            }
                            out.flush();
                        }
                        if (writer == 0 && n % 150 == 149) {
                            try {
                                j.saveSnapshot(j.lastSeq(), ("snapshot " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            } catch (org.factdesk.api.store.StoreException raced) {
                                // another writer committed in between; the next one will do
                            }
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    System.exit(3);
                }
            });
            t.start();
        }
    }
}
