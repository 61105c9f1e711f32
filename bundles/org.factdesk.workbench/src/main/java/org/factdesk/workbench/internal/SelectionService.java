package org.factdesk.workbench.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.SwingUtilities;

import org.factdesk.workbench.api.Selection;
import org.osgi.service.component.annotations.Component;

/** The selection shared by the views. Changed on the event dispatch thread; a change from another thread is handed to it. */
@Component(service = Selection.class)
public final class SelectionService implements Selection {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Object current = EMPTY;

    @Override
    public Object current() {
        return current;
    }

    @Override
    public void select(Object source, Object selection) {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> select(source, selection));
            return;
        }
        Object now = selection == null ? EMPTY : selection;
        current = now;
        for (Listener l : listeners) {
            try {
                l.selected(source, now);
            } catch (RuntimeException e) {
                // one view's failure must not keep the others from hearing of the selection
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
