package org.factdesk.workbench.api;

import java.awt.Window;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** What a command runs with. */
@ProviderType
public interface CommandContext {

    /** @return what is selected now; never null, maybe {@link Selection#EMPTY} */
    Object selection();

    /**
     * @param <T>  the type wanted
     * @param type the type wanted
     * @return the selection if it is of that type
     */
    default <T> Optional<T> selection(Class<T> type) {
        Object s = selection();
        return type.isInstance(s) ? Optional.of(type.cast(s)) : Optional.empty();
    }

    /** @return the workbench */
    Workbench workbench();

    /** @return the workbench window, as the parent of dialogs */
    Window window();
}
