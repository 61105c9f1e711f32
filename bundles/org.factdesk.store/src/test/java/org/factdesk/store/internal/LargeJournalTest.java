package org.factdesk.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.Change;
import org.factdesk.api.store.Journal;
import org.factdesk.api.store.JournalEntry;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal is read a chunk at a time: any chunk size gives what reading it whole gives, and a
 * journal past 2 GiB (more than one Java array holds) opens, verifies and takes a write in a JVM
 * with a 96 MiB heap.
 */
class LargeJournalTest {

    @TempDir
    Path tmp;

    @Test
    void everyChunkSizeReadsTheSameEntriesAsOneRead() throws Exception {
        Path ws = tmp.resolve("ws");
        try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, true)) {
            for (int i = 0; i < 300; i++) {
                j.append(List.of(new Change("ana", "test", "{\"n\":" + i + ",\"pad\":\"" + "x".repeat((i * 97) % 3000) + "\"}")));
            }
        }
        // a torn last line too: the scan must stop there in the same way
        Files.write(ws.resolve("journal.log"), "{\"seq\":301,\"at\":".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        byte[] all = Files.readAllBytes(ws.resolve("journal.log"));
        List<String> expected = new ArrayList<>();
        ChainScan.Result whole = ChainScan.scan(all, all.length, 0, 0, EntryCodec.ZERO, e -> expected.add(e.seq() + " " + e.hash()));
        try (FileChannel c = FileChannel.open(ws.resolve("journal.log"))) {
            for (int chunk : new int[] {1, 7, 64, 1000, 4096, 1 << 20}) {
                List<String> got = new ArrayList<>();
                ChainScan.Result r = ChainScan.scan(c, 0, all.length, 0, EntryCodec.ZERO, e -> got.add(e.seq() + " " + e.hash()), Long.MAX_VALUE, chunk);
                assertThat(got).as("chunk " + chunk).isEqualTo(expected);
                assertThat(r).as("chunk " + chunk).isEqualTo(whole);
            }
            List<String> upTo = new ArrayList<>();
            ChainScan.Result r = ChainScan.scan(c, 0, all.length, 0, EntryCodec.ZERO, e -> upTo.add(e.seq() + " " + e.hash()), 120, 64);
            assertThat(upTo).isEqualTo(expected.subList(0, 120));
            assertThat(r.clean()).isTrue();
        }
        assertThat(whole.torn()).isTrue();
    }

    @Test
    void aJournalOfMoreThanTwoGibibytesOpensVerifiesAndTakesAWriteWithABoundedHeap() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(tmp).getUsableSpace() > (5L << 30),
                "needs 5 GiB free in " + tmp + " for a 2.1 GiB journal");
        Path ws = tmp.resolve("big");
        try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, true)) {
            j.append(List.of(new Change("ana", "test", "{}")));
        }
        // entries of 1 MiB each, written as the store writes them, past 2 GiB
        long target = (2L << 30) + (64L << 20);
        String pad = "y".repeat(1 << 20);
        long seq;
        String hash;
        try (Journal j = new FileWorkspaceStore().open(ws, Access.READ_ONLY, false)) {
            seq = j.lastSeq();
            hash = j.lastHash();
        }
        Instant at = Instant.parse("2026-12-04T00:00:00Z");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(ws.resolve("journal.log"), StandardOpenOption.APPEND), 1 << 22)) {
            long size = Files.size(ws.resolve("journal.log"));
            while (size < target) {
                EntryCodec.Encoded e = EntryCodec.encode(++seq, at, "ana", "test", hash, "{\"pad\":\"" + pad + "\"}");
                out.write(e.line());
                size += e.line().length;
                hash = e.entry().hash();
            }
        }
        try (FileChannel head = FileChannel.open(ws.resolve("journal.head"), StandardOpenOption.WRITE)) {
            Head.write(head, seq, hash);
        }
        assertThat(Files.size(ws.resolve("journal.log"))).isGreaterThan(2L << 30);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"), LargeJournalChild.class.getName(), ws.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
        }
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).contains("opened at " + seq, "verifies " + seq, "appended " + (seq + 1));
    }

    /** Opens, verifies and appends to a journal in a small heap; prints what it did. */
    public static final class LargeJournalChild {
        public static void main(String[] args) throws Exception {
            Path ws = Path.of(args[0]);
            try (Journal j = new FileWorkspaceStore().open(ws, Access.WRITE, false)) {
                System.out.println("opened at " + j.lastSeq());
                AuditReport a = j.verify();
                System.out.println(a.intact() ? "verifies " + a.entries() : "does not verify: " + a.problem());
                JournalEntry e = j.append(List.of(new Change("ana", "test", "{\"after\":true}"))).get(0);
                System.out.println("appended " + e.seq());
                long[] n = {0};
                j.replay(e.seq() - 1, x -> n[0]++);
                System.out.println("replayed " + n[0]);
            }
        }
    }
}
