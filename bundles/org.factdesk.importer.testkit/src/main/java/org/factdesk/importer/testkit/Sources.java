package org.factdesk.importer.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.factdesk.api.article.ImportSource;

/** Import sources tests need besides files and byte arrays: streams of unknown size. */
public final class Sources {

    private Sources() {
    }

    /**
     * @param location the name to report
     * @param content  the bytes
     * @return a source over {@code content} whose size is unknown (-1), as standard input's is
     */
    public static ImportSource unknownSize(String location, byte[] content) {
        return stream(location, () -> new ByteArrayInputStream(content));
    }

    /**
     * @param location the name to report
     * @param read     counts the bytes read from it
     * @return a source of unknown size that never ends (spaces)
     */
    public static ImportSource endless(String location, AtomicLong read) {
        return stream(location, () -> new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        });
    }

    /**
     * @param location the name to report
     * @param open     opens the content from its start
     * @return a source of unknown size (-1) over what {@code open} gives
     */
    public static ImportSource stream(String location, Supplier<InputStream> open) {
        return new ImportSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() {
                return open.get();
            }
        };
    }
}
