package org.factdesk.workbench.internal;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import org.factdesk.workbench.api.StandardViews;
import org.factdesk.workbench.api.View;
import org.factdesk.workbench.api.ViewContribution;
import org.factdesk.workbench.api.ViewSite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * The Error Log view: the OSGi Log Service's warnings and errors (level, time, bundle, message), the
 * ones logged before the view opened (the log's history) and each new one; double-click for the
 * stack. Entries are collected from activation on, whether the view is showing or not.
 */
@Component(service = View.class)
@ViewContribution(id = StandardViews.ERROR_LOG, title = "Error Log", area = "bottom", order = 910)
public final class ErrorLogView implements View, LogListener {

    static final int MAX = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    /** One entry, copied out of the log. */
    record Row(LogLevel level, long time, String bundle, String message, String stack) {
    }

    private final LogReaderService reader;
    /** EDT only. */
    private final List<Row> rows = new ArrayList<>();
    private Model model;
    private JLabel count;

    @Activate
    public ErrorLogView(@Reference LogReaderService reader) {
        this.reader = reader;
        List<Row> history = new ArrayList<>();
        Enumeration<LogEntry> e = reader.getLog();
        while (e.hasMoreElements()) {
            LogEntry entry = e.nextElement();
            if (wanted(entry)) {
                history.add(row(entry));
            }
        }
        Collections.reverse(history); // the log lists newest first
        reader.addLogListener(this);
        SwingUtilities.invokeLater(() -> {
            history.forEach(this::add);
        });
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    static boolean wanted(LogEntry e) {
        return LogLevel.WARN.implies(e.getLogLevel());
    }

    static Row row(LogEntry e) {
        String stack = "";
        if (e.getException() != null) {
            StringWriter w = new StringWriter();
            e.getException().printStackTrace(new PrintWriter(w));
            stack = w.toString();
        }
        String bundle = e.getBundle() == null ? "" : e.getBundle().getSymbolicName();
        return new Row(e.getLogLevel(), e.getTime(), bundle == null ? "" : bundle, e.getMessage() == null ? "" : e.getMessage(), stack);
    }

    @Override
    public void logged(LogEntry entry) {
        if (wanted(entry)) {
            Row r = row(entry);
            SwingUtilities.invokeLater(() -> add(r));
        }
    }

    private void add(Row r) {
        rows.add(0, r);
        if (rows.size() > MAX) {
            rows.remove(rows.size() - 1);
        }
        if (model != null) {
            model.fireTableDataChanged();
            count.setText(rows.size() + (rows.size() == 1 ? " entry" : " entries"));
        }
    }

    @Override
    public JComponent create(ViewSite site) {
        model = new Model();
        JTable table = new JTable(model);
        table.setName("errorlog:table");
        table.getAccessibleContext().setAccessibleName("Error log entries");
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(0).setMaxWidth(90);
        table.getColumnModel().getColumn(1).setPreferredWidth(100);
        table.getColumnModel().getColumn(1).setMaxWidth(130);
        table.getColumnModel().getColumn(2).setPreferredWidth(220);
        table.getColumnModel().getColumn(3).setPreferredWidth(600);
        table.getColumnModel().getColumn(0).setCellRenderer(new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
                java.awt.Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
                if (!sel) {
                    c.setForeground("Error".equals(v) ? new java.awt.Color(0xD0454C) : new java.awt.Color(0xC28B00));
                }
                return c;
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int viewRow = table.getSelectedRow();
                if (e.getClickCount() == 2 && viewRow >= 0) {
                    details(table, rows.get(table.convertRowIndexToModel(viewRow)));
                }
            }
        });
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        count = new JLabel(rows.size() + (rows.size() == 1 ? " entry" : " entries"));
        count.setForeground(UIManager.getColor("Label.disabledForeground"));
        count.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 0));
        JButton clear = new JButton("Clear");
        clear.setName("errorlog:clear");
        clear.getAccessibleContext().setAccessibleName("Clear the error log");
        clear.addActionListener(e -> {
            rows.clear();
            model.fireTableDataChanged();
            count.setText("0 entries");
        });
        bar.add(count);
        bar.add(Box.createHorizontalGlue());
        bar.add(clear);
        JPanel p = new JPanel(new BorderLayout());
        p.add(bar, BorderLayout.NORTH);
        JScrollPane sp = new JScrollPane(table);
        sp.setBorder(BorderFactory.createEmptyBorder());
        p.add(sp, BorderLayout.CENTER);
        return p;
    }

    @Override
    public void dispose() {
        model = null;
    }

    private static void details(java.awt.Component parent, Row r) {
        JTextArea text = new JTextArea(r.message() + (r.stack().isEmpty() ? "" : "\n\n" + r.stack()), 20, 90);
        text.setEditable(false);
        text.setCaretPosition(0);
        text.getAccessibleContext().setAccessibleName("Log entry details");
        JOptionPane.showMessageDialog(parent, new JScrollPane(text),
                level(r.level()) + " from " + (r.bundle().isEmpty() ? "the framework" : r.bundle()) + " at " + TIME.format(Instant.ofEpochMilli(r.time())),
                r.level() == LogLevel.ERROR ? JOptionPane.ERROR_MESSAGE : JOptionPane.WARNING_MESSAGE);
    }

    static String level(LogLevel l) {
        return switch (l) {
            case AUDIT -> "Audit";
            case ERROR -> "Error";
            case WARN -> "Warning";
            default -> l.name();
        };
    }

    private final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"Level", "Time", "Bundle", "Message"};

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int row, int c) {
            Row r = rows.get(row);
            return switch (c) {
                case 0 -> level(r.level());
                case 1 -> TIME.format(Instant.ofEpochMilli(r.time()));
                case 2 -> r.bundle();
                default -> r.message().lines().findFirst().orElse("");
            };
        }
    }
}
