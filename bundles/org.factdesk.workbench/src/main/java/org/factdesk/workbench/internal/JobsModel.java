package org.factdesk.workbench.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.SwingUtilities;

import org.factdesk.api.job.JobHandle;
import org.factdesk.api.job.Progress;

/**
 * The jobs a face shows, fed by a {@link org.factdesk.api.job.JobListener} on the jobs' own threads.
 * Changes are collected and handed to the event thread in one go, however fast a job reports, so a
 * busy job never floods the event queue. Ended jobs stay listed until {@link #clearEnded()}.
 */
final class JobsModel {

    /** A job and how far it is. */
    record Row(JobHandle<?> handle, Progress progress) {
    }

    private final Map<Long, Row> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** EDT only. */
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final Runnable changed;

    /** @param changed called on the event thread after the rows changed */
    JobsModel(Runnable changed) {
        this.changed = changed;
    }

    /** Any thread. */
    void update(JobHandle<?> job, Progress progress) {
        pending.put(job.id(), new Row(job, progress));
        if (scheduled.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        for (Long id : new ArrayList<>(pending.keySet())) {
            Row r = pending.remove(id);
            if (r != null) {
                rows.put(id, r);
            }
        }
        changed.run();
    }

    /** EDT only. */
    List<Row> rows() {
        return new ArrayList<>(rows.values());
    }

    /** EDT only. */
    List<Row> running() {
        return rows.values().stream().filter(r -> !r.progress().state().ended()).toList();
    }

    /** EDT only. */
    void clearEnded() {
        rows.values().removeIf(r -> r.progress().state().ended());
        changed.run();
    }
}
