package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;

import org.factdesk.api.pipeline.CheckerInfo;
import org.factdesk.api.pipeline.Pipeline;
import org.factdesk.api.plugins.Plugin;
import org.factdesk.api.plugins.PluginShelf;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;

/**
 * The plugins directory and the checkers, live: a bundle arriving, changing state or leaving shows
 * at once. Install (a file dialog, or jars dropped on the view) copies the jar into the plugins
 * directory, where the watcher installs it, as {@code factdesk install} does; an installed plugin of
 * the same symbolic name is updated. Remove deletes the jar; enable and disable switch a checker
 * lastingly, as {@code factdesk enable/disable} do. Quarantined checkers show the pipeline's reason.
 */
public final class PluginsPanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;

    private final DeskModel model;
    private final BundleContext context;
    private final PluginsModel plugins = new PluginsModel();
    private final CheckersModel checkers = new CheckersModel();
    private final JTable pluginTable = new JTable(plugins);
    private final JTable checkerTable = new JTable(checkers);
    private final JLabel directory = new JLabel();
    private final Timer reload;
    private final BundleListener bundles;
    private final DeskModel.Listener listener;

    /**
     * @param model   the views' model (its services: the shelf, the pipeline)
     * @param context to hear of bundles changing state
     */
    public PluginsPanel(DeskModel model, BundleContext context) {
        super(new BorderLayout());
        this.model = model;
        this.context = context;
        Ui.name(this, "plugins", "Plugins", "Plugin bundles and checkers: install, update, remove, enable, disable");
        Ui.name(pluginTable, "plugins.table", "Plugin bundles", "The jars of the plugins directory and their bundles' state; drop jars here to install them");
        Ui.name(checkerTable, "plugins.checkers", "Checkers", "Every checker with its version and state; quarantined ones say why");
        Ui.name(directory, "plugins.directory", "Plugins directory", null);
        for (JTable t : List.of(pluginTable, checkerTable)) {
            t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            t.setAutoCreateRowSorter(true);
            t.setFillsViewportHeight(true);
            t.setDefaultRenderer(Object.class, new WholeTextRenderer());
        }
        Ui.bind(pluginTable, false, "DELETE", "plugins.remove", this::removeSelected);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        buttons.add(Ui.button("plugins.install", "Install...", KeyEvent.VK_I, "Install or update a plugin bundle from a jar file", this::chooseAndInstall));
        buttons.add(Ui.button("plugins.remove", "Remove", KeyEvent.VK_R, "Remove the selected plugin (Delete)", this::removeSelected));
        buttons.add(Ui.button("plugins.enable", "Enable", KeyEvent.VK_E, "Switch the selected checker on", () -> toggleSelected(true)));
        buttons.add(Ui.button("plugins.disable", "Disable", KeyEvent.VK_D, "Switch the selected checker off, with a reason", () -> toggleSelected(false)));
        buttons.add(Ui.button("plugins.reload", "Refresh", 0, "Read the plugins directory and the checkers again", this::reload));
        JPanel top = new JPanel(new BorderLayout());
        top.add(buttons, BorderLayout.WEST);
        directory.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        directory.setForeground(Ui.dim());
        top.add(directory, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);

        JScrollPane pluginScroll = new JScrollPane(pluginTable);
        pluginScroll.setBorder(Ui.titled("Plugin bundles"));
        JScrollPane checkerScroll = new JScrollPane(checkerTable);
        checkerScroll.setBorder(Ui.titled("Checkers"));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, pluginScroll, checkerScroll);
        split.setResizeWeight(0.5);
        add(split, BorderLayout.CENTER);

        TransferHandler drop = new TransferHandler() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    @SuppressWarnings("unchecked")
                    List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                    install(files.stream().map(File::toPath).toList());
                    return true;
                } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                    return false;
                }
            }
        };
        for (JComponent c : List.of(this, pluginTable, pluginScroll, checkerTable)) {
            c.setTransferHandler(drop);
        }

        reload = new Timer(150, e -> reload());
        reload.setRepeats(false);
        bundles = event -> SwingUtilities.invokeLater(reload::restart);
        context.addBundleListener(bundles);
        listener = new DeskModel.Listener() {
            @Override
            public void checkersChanged() {
                reload.restart();
            }
        };
        model.addListener(listener);
        reload();
    }

    @Override
    public void dispose() {
        context.removeBundleListener(bundles);
        model.removeListener(listener);
        reload.stop();
    }

    /** @return the table of plugin jars (tests) */
    public JTable pluginTable() {
        return pluginTable;
    }

    /** @return the table of checkers (tests) */
    public JTable checkerTable() {
        return checkerTable;
    }

    /** Reads the directory (off the event thread: it opens jars) and the checkers, then shows both. */
    public void reload() {
        Optional<PluginShelf> shelf = model.services().plugins();
        Optional<Pipeline> pipeline = model.services().pipeline();
        directory.setText(shelf.map(s -> "Plugins directory: " + s.directory()).orElse("The plugins directory is not watched (bundle org.factdesk.plugins is not running)"));
        CompletableFuture.supplyAsync(() -> {
            try {
                List<Plugin> p = shelf.isPresent() ? shelf.get().plugins() : List.<Plugin>of();
                List<CheckerInfo> c = pipeline.map(Pipeline::checkers).orElse(List.of());
                return new Object[] {p, c};
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((r, e) -> SwingUtilities.invokeLater(() -> {
            if (e != null) {
                model.services().status("Plugins directory: " + e.getCause().getMessage());
                return;
            }
            @SuppressWarnings("unchecked")
            List<Plugin> p = (List<Plugin>) r[0];
            @SuppressWarnings("unchecked")
            List<CheckerInfo> c = (List<CheckerInfo>) r[1];
            plugins.set(p);
            checkers.set(c);
        }));
    }

    private void chooseAndInstall() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Install plugin bundles");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter("OSGi bundles (*.jar)", "jar"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            install(List.of(chooser.getSelectedFiles()).stream().map(File::toPath).toList());
        }
    }

    /**
     * Copies bundle jars into the plugins directory (off the event thread); the watcher installs them.
     *
     * @param jars the jars
     * @return completes when all are copied (or refused: the user was told why)
     */
    public CompletableFuture<Void> install(List<Path> jars) {
        Optional<PluginShelf> shelf = model.services().plugins();
        if (shelf.isEmpty()) {
            model.services().error("Cannot install: the plugins directory is not watched (bundle org.factdesk.plugins is not running)", null);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            List<String> done = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path jar : jars) {
                try {
                    done.add(shelf.get().install(jar).getFileName().toString());
                } catch (IllegalArgumentException e) {
                    refused.add(e.getMessage());
                } catch (java.io.IOException e) {
                    refused.add(jar + ": cannot be copied into the plugins directory (" + e.getMessage() + ")");
                }
            }
            SwingUtilities.invokeLater(() -> {
                if (!done.isEmpty()) {
                    model.services().status("Installed " + String.join(", ", done));
                }
                if (!refused.isEmpty()) {
                    model.services().error("Not installed:\n" + String.join("\n", refused), null);
                }
                reload.restart();
            });
        });
    }

    private void removeSelected() {
        int row = pluginTable.getSelectedRow();
        Optional<PluginShelf> shelf = model.services().plugins();
        if (row < 0 || shelf.isEmpty()) {
            model.services().status("Select a plugin to remove");
            return;
        }
        Plugin p = plugins.rows.get(pluginTable.convertRowIndexToModel(row));
        if (JOptionPane.showConfirmDialog(this, "Remove " + p.symbolicName() + " " + p.version() + " from the plugins directory?", "Remove plugin",
                JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            String message;
            try {
                message = shelf.get().remove(p.file()) ? "Removed " + p.file() : p.file() + " was already gone";
            } catch (java.io.IOException e) {
                message = "Cannot remove " + p.file() + ": " + e.getMessage();
            }
            String m = message;
            SwingUtilities.invokeLater(() -> {
                model.services().status(m);
                reload.restart();
            });
        });
    }

    private void toggleSelected(boolean on) {
        int row = checkerTable.getSelectedRow();
        Optional<Pipeline> pipeline = model.services().pipeline();
        if (row < 0 || pipeline.isEmpty()) {
            model.services().status("Select a checker to " + (on ? "enable" : "disable"));
            return;
        }
        CheckerInfo c = checkers.rows.get(checkerTable.convertRowIndexToModel(row));
        String reason = "";
        if (!on) {
            Optional<String> why = Dialogs.askText(this, "plugins.reasonDialog", "Disable " + c.id(), "Why is " + c.id() + " switched off?", "", false);
            if (why.isEmpty()) {
                return;
            }
            reason = why.get();
        }
        try {
            boolean known = on ? pipeline.get().enable(c.id()) : pipeline.get().disable(c.id(), reason);
            model.services().status(known ? c.id() + (on ? " enabled" : " disabled") : "No checker " + c.id() + " now");
        } catch (IllegalStateException e) {
            model.services().error("Refused: " + e.getMessage(), null);
        }
        reload();
    }

    /** A problem or reason is often longer than its column: the cell's tooltip shows it whole. */
    private static final class WholeTextRenderer extends javax.swing.table.DefaultTableCellRenderer {
        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            setToolTipText(value == null || value.toString().isEmpty() ? null : value.toString());
            return this;
        }
    }

    private static final class PluginsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"File", "Bundle", "Version", "State", "Problem"};
        private List<Plugin> rows = List.of();

        void set(List<Plugin> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Plugin p = rows.get(r);
            return switch (c) {
                case 0 -> p.file();
                case 1 -> p.symbolicName();
                case 2 -> p.version();
                case 3 -> p.state();
                default -> p.problem();
            };
        }
    }

    private static final class CheckersModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Checker", "Name", "Version", "Bundle", "State", "Reason", "Claim types"};
        private List<CheckerInfo> rows = List.of();

        void set(List<CheckerInfo> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            CheckerInfo i = rows.get(r);
            return switch (c) {
                case 0 -> i.id();
                case 1 -> i.name();
                case 2 -> i.version();
                case 3 -> i.bundle();
                case 4 -> i.state();
                case 5 -> i.reason();
                default -> i.types().stream().map(Enum::name).map(String::toLowerCase).collect(Collectors.joining(", "));
            };
        }
    }
}
