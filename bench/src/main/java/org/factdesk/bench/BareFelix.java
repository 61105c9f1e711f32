package org.factdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The baseline, run as its own JVM ({@code java -cp felix.jar:bench.jar org.factdesk.bench.BareFelix}):
 * Felix with no bundles, started and stopped once in a fresh cache. Prints its peak RSS on stderr in
 * the same form as {@code FACTDESK_STATS=1}.
 */
public final class BareFelix {

    private BareFelix() {
    }

    public static void main(String[] args) throws Exception {
        Path storage = Files.createTempDirectory("bench-felix-");
        try {
            Map<String, String> config = Map.of(
                    Constants.FRAMEWORK_STORAGE, storage.toString(),
                    Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
            framework.start();
            framework.stop();
            FrameworkEvent stopped = framework.waitForStop(30_000);
            if (stopped.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                throw new IllegalStateException("Felix did not stop within 30 s");
            }
        } finally {
            Util.deleteTree(storage);
        }
        System.err.printf("bare-felix-stats: peak_rss_kib=%d%n", Util.peakRssKiB());
    }
}
