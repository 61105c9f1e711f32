package org.factdesk.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

import org.factdesk.guard.PluginContainmentException;
import org.junit.jupiter.api.Test;

class ProcessCallsTest {

    /** Calls each guarded API once; run unwoven it would end the test JVM. */
    public static final class Hostile implements Runnable {
        private final String what;

        public Hostile(String what) {
            this.what = what;
        }

        @Override
        public void run() {
            try {
                switch (what) {
                    case "exit" -> System.exit(3);
                    case "runtime-exit" -> Runtime.getRuntime().exit(4);
                    case "halt" -> Runtime.getRuntime().halt(5);
                    case "exec" -> Runtime.getRuntime().exec(new String[] {"true"});
                    case "start" -> new ProcessBuilder("true").start();
                    case "method-reference" -> {
                        IntConsumer halt = Runtime.getRuntime()::halt;
                        halt.accept(6);
                    }
                    case "harmless" -> System.getProperty("java.version");
                    default -> throw new IllegalArgumentException(what);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Loads {@link Hostile} woven, in a loader of its own. */
    static Runnable woven(String what) throws Exception {
        String name = Hostile.class.getName();
        byte[] original;
        try (InputStream in = Hostile.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        }
        byte[] rewritten = ProcessCalls.rewrite(original);
        assertThat(rewritten).as("a class with process calls is rewritten").isNotNull();
        ClassLoader loader = new ClassLoader(ProcessCallsTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
                if (n.equals(name)) {
                    synchronized (getClassLoadingLock(n)) {
                        Class<?> c = findLoadedClass(n);
                        return c != null ? c : defineClass(n, rewritten, 0, rewritten.length);
                    }
                }
                return super.loadClass(n, resolve);
            }
        };
        return (Runnable) loader.loadClass(name).getConstructor(String.class).newInstance(what);
    }

    @Test
    void everyWayToEndOrForkTheProcessThrowsInstead() throws Exception {
        for (String what : new String[] {"exit", "runtime-exit", "halt", "exec", "start", "method-reference"}) {
            Runnable r = woven(what);
            assertThatThrownBy(r::run).as(what).isInstanceOf(PluginContainmentException.class).hasMessageStartingWith("a plugin may not ");
        }
        assertThatThrownBy(woven("halt")::run).hasMessage("a plugin may not end the desk's process (Runtime.halt(5))");
        assertThatThrownBy(woven("exec")::run).hasMessage("a plugin may not start another process (true)");
    }

    @Test
    void everythingElseStillRuns() throws Exception {
        woven("harmless").run();
    }

    @Test
    void aClassWithoutProcessCallsIsLeftAlone() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + ProcessCalls.class.getName().replace('.', '/') + ".class")) {
            assertThat(ProcessCalls.rewrite(in.readAllBytes())).isNull();
        }
    }
}
