package org.factdesk.api.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugins directory: what is in it, and putting bundle jars in or taking them out. A jar is
 * copied in atomically under its symbolic name, so the watcher never reads half a jar and one
 * plugin is one file.
 */
@ProviderType
public interface PluginShelf {

    /** @return the directory */
    Path directory();

    /**
     * @return the jars in the directory, by file name, with their bundles' state
     * @throws IOException if the directory cannot be read
     */
    List<Plugin> plugins() throws IOException;

    /**
     * Copies a bundle jar in, replacing the plugin of the same symbolic name (an update).
     *
     * @param jar the bundle jar
     * @return the file it became in the directory
     * @throws IllegalArgumentException if the file is not an OSGi bundle, or its symbolic name is not one
     *                                  (the message says which, naming the file)
     * @throws IOException              if it cannot be copied
     */
    Path install(Path jar) throws IOException;

    /**
     * Removes a plugin.
     *
     * @param name its file name or its symbolic name
     * @return false if there is no such plugin
     * @throws IOException if it cannot be deleted
     */
    boolean remove(String name) throws IOException;
}
