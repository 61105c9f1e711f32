package org.factdesk.workbench.desk.internal.ui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.table.AbstractTableModel;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.View;

import org.factdesk.api.check.Finding;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.desk.Case;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.DeskSnapshot;
import org.factdesk.workbench.desk.internal.Highlights;
import org.factdesk.workbench.desk.internal.OpenArticle;
import org.factdesk.workbench.desk.internal.Texts;

/**
 * The article editor: the text as imported, each claim highlighted where its offsets say
 * (colour by type, intensity by score), entity spelling variants underlined, and the claim list
 * beside it. The caret, a click and the list select the same claim, for every view. The text and
 * all its highlights are set in one pass: one document, one highlighter.
 */
public final class ArticlePanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;

    private final DeskModel model;
    private final JComboBox<OpenArticle> articles = new JComboBox<>();
    private final JLabel info = new JLabel(" ");
    private final JLabel legend = new JLabel();
    private final JTextPane text = new JTextPane() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getToolTipText(MouseEvent e) {
            return tooltip(viewToModel2D(e.getPoint()));
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final ClaimTableModel claimRows = new ClaimTableModel();
    private final JTable claims = new JTable(claimRows);
    private final DeskModel.Listener listener;
    private final Highlighter.HighlightPainter variantPainter = new SquigglePainter(Highlights.VARIANT);
    private final Highlighter.HighlightPainter focusPainter = new BoxPainter();
    private OpenArticle shown;
    private Highlights.Plan plan = new Highlights.Plan(List.of(), List.of(), 0, 0);
    private Object focusTag;
    private Claim current;
    private boolean updating;
    private long lastOpenNanos;

    /**
     * @param model   the views' model
     * @param imports drop and paste imports
     */
    public ArticlePanel(DeskModel model, ImportActions imports) {
        super(new BorderLayout());
        this.model = model;
        Ui.name(this, "article", "Article editor", "The article with its claims highlighted");
        text.setEditable(false);
        text.getCaret().setVisible(true);
        text.setMargin(new java.awt.Insets(8, 10, 8, 10));
        text.setToolTipText("");
        Ui.name(text, "article.text", "Article text",
                "The article as imported; claims highlighted. Move the caret into a claim to select it; Ctrl+. and Ctrl+, go to the next and previous claim");
        Ui.name(claims, "article.claims", "Claims of the article", "Each claim with its score, types and case; Enter or a click goes to it");
        Ui.name(articles, "article.open", "Open articles", "Which open article is shown");
        Ui.name(info, "article.info", "Article status", null);
        articles.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof OpenArticle a ? a.title() : value, index, sel, focus);
            }
        });
        articles.addActionListener(e -> {
            if (!updating && articles.getSelectedItem() instanceof OpenArticle a) {
                model.activate(a.id());
            }
        });

        claims.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        claims.setFillsViewportHeight(true);
        claims.setAutoCreateRowSorter(true);
        int[] widths = {36, 44, 130, 50, 90, 380};
        for (int i = 0; i < widths.length; i++) {
            claims.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        claims.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                int v = claims.getSelectedRow();
                if (v >= 0) {
                    goTo(claimRows.claim(claims.convertRowIndexToModel(v)), true);
                }
            }
        });
        Ui.bind(claims, true, "ENTER", "article.toText", () -> {
            if (current != null) {
                text.requestFocusInWindow();
            }
        });

        text.addCaretListener(e -> {
            if (!updating) {
                Optional<Claim> at = plan.claimAt(e.getDot());
                if (at.isPresent() && at.get() != current) {
                    follow(at.get(), true);
                }
            }
        });
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int offset = text.viewToModel2D(e.getPoint());
                plan.claimAt(offset).ifPresent(c -> follow(c, true));
            }
        });
        Ui.bind(text, false, "ctrl PERIOD", "article.next", () -> step(1));
        Ui.bind(text, false, "ctrl COMMA", "article.previous", () -> step(-1));
        Ui.bind(claims, false, "ctrl PERIOD", "article.next", () -> step(1));
        Ui.bind(claims, false, "ctrl COMMA", "article.previous", () -> step(-1));
        // the text is read-only: Ctrl+V imports what is pasted, as on the other views
        text.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ctrl V"), "paste-import");
        text.getActionMap().put("paste-import", TransferHandler.getPasteAction());
        ImportTransfer.install(text, imports, true);
        ImportTransfer.install(claims, imports, true);
        ImportTransfer.install(this, imports, true);

        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        left.add(Ui.label("Article:", KeyEvent.VK_R, articles));
        left.add(articles);
        left.add(Ui.button("article.close", "Close", 0, "Close this article in the editor", () -> {
            if (shown != null) {
                model.closeArticle(shown.id());
            }
        }));
        left.add(Ui.button("article.recheck", "Check again", 0, "Check the article again with the checkers running now", () -> {
            if (shown != null) {
                model.recheck(List.of(shown.id()), "asked");
            }
        }));
        top.add(left, BorderLayout.WEST);
        top.add(info, BorderLayout.CENTER);
        legend.setText(legendHtml());
        Ui.name(legend, "article.legend", "Colours of the claim types", null);
        top.add(legend, BorderLayout.SOUTH);

        // the text on top, at reading width; its claims listed below it
        claims.setPreferredScrollableViewportSize(new java.awt.Dimension(500, 130));
        JScrollPane textScroll = new JScrollPane(text);
        textScroll.setPreferredSize(new java.awt.Dimension(500, 400));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, textScroll, new JScrollPane(claims));
        split.setResizeWeight(0.72);
        split.setOneTouchExpandable(true);
        split.setName("article.split");
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);

        listener = new DeskModel.Listener() {
            @Override
            public void articlesChanged(OpenArticle article) {
                refreshArticles();
            }

            @Override
            public void focusChanged(Object source, Object focus) {
                if (source == ArticlePanel.this) {
                    return;
                }
                if (focus instanceof Claim c) {
                    reveal(c);
                } else if (focus instanceof Case k) {
                    model.focusClaim().ifPresent(ArticlePanel.this::reveal);
                }
            }

            @Override
            public void snapshotChanged(DeskSnapshot s) {
                claimRows.fireTableDataChanged();
            }

            @Override
            public void checkersChanged() {
                updateInfo();
            }
        };
        model.addListener(listener);
        refreshArticles();
    }

    /** Stops listening to the model. */
    public void dispose() {
        model.removeListener(listener);
    }

    /** @return the text component (tests) */
    public JTextPane text() {
        return text;
    }

    /** @return the claims table (tests) */
    public JTable claims() {
        return claims;
    }

    /** @return what is painted now (tests) */
    public Highlights.Plan plan() {
        return plan;
    }

    /** @return how long the last article took to open with its highlights, in nanoseconds */
    public long lastOpenNanos() {
        return lastOpenNanos;
    }

    private void refreshArticles() {
        List<OpenArticle> open = model.openArticles();
        OpenArticle active = model.activeArticle().orElse(null);
        updating = true;
        try {
            articles.setModel(new DefaultComboBoxModel<>(open.toArray(OpenArticle[]::new)));
            articles.setSelectedItem(active);
        } finally {
            updating = false;
        }
        show(active);
    }

    /**
     * Shows an article: its text and all its highlights in one pass, then its claims beside it.
     * Calling it again with the same article keeps the caret and scroll position (a re-check).
     *
     * @param a the article, or null for none
     */
    public void show(OpenArticle a) {
        long start = System.nanoTime();
        boolean sameText = shown != null && a != null && shown.id().equals(a.id());
        if (a == shown && a != null) {
            return;
        }
        OpenArticle before = shown;
        shown = a;
        updating = true;
        try {
            if (a == null) {
                text.setDocument(new DefaultStyledDocument());
                plan = new Highlights.Plan(List.of(), List.of(), 0, 0);
                claimRows.set(List.of());
                current = null;
                info.setText("No article open: open one from Triage (Enter), or import one (File > Import, or drop a file here)");
                return;
            }
            int caret = text.getCaretPosition();
            if (!sameText || before.article() != a.article()) {
                DefaultStyledDocument doc = new DefaultStyledDocument();
                try {
                    doc.insertString(0, a.article().text(), null);
                } catch (BadLocationException e) {
                    throw new IllegalStateException(e);
                }
                text.setDocument(doc);
            }
            paint(Highlights.compute(a.article().text(), a.claimList()));
            claimRows.set(a.claims());
            if (sameText) {
                text.setCaretPosition(Math.min(caret, text.getDocument().getLength()));
                if (current != null) {
                    Claim again = a.claim(current.id()).map(ClaimReport::claim).orElse(null);
                    current = null;
                    if (again != null) {
                        follow(again, false);
                    }
                }
            } else {
                text.setCaretPosition(0);
                current = null;
                model.focusClaim().filter(c -> DeskModel.articleOf(c).equals(a.id())).ifPresent(c -> SwingUtilities.invokeLater(() -> reveal(c)));
            }
        } finally {
            updating = false;
            lastOpenNanos = System.nanoTime() - start;
            updateInfo();
        }
    }

    /** All highlights at once: the old ones removed, one per claim and variant added. */
    private void paint(Highlights.Plan p) {
        Highlighter h = text.getHighlighter();
        h.removeAllHighlights();
        focusTag = null;
        Map<Color, Highlighter.HighlightPainter> painters = new java.util.HashMap<>();
        try {
            for (Highlights.ClaimSpan s : p.claims()) {
                h.addHighlight(s.start(), s.end(), painters.computeIfAbsent(s.color(), DefaultHighlighter.DefaultHighlightPainter::new));
            }
            for (Highlights.VariantSpan v : p.variants()) {
                h.addHighlight(v.start(), v.end(), variantPainter);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("a span outside the text passed the plan: " + e.getMessage(), e);
        }
        plan = p;
    }

    private void updateInfo() {
        OpenArticle a = shown;
        if (a == null) {
            return;
        }
        long stale = a.claims().stream().flatMap(c -> c.findings().stream()).filter(model::isStale).count();
        long changed = a.changes().values().stream().mapToLong(List::size).sum();
        StringBuilder b = new StringBuilder();
        b.append(a.claims().size()).append(" claims, ").append(plan.variants().size()).append(" spelling variants");
        if (!a.stored()) {
            b.append("; checked only, not in the workspace");
        }
        if (a.checking()) {
            b.append("; checking with the checkers running now...");
        } else if (!a.checked()) {
            b.append("; claims of its cases (not checked yet)");
        }
        if (stale > 0) {
            b.append("; ").append(stale).append(" findings are stale (their checker changed)");
        }
        if (changed > 0) {
            b.append("; the last re-check changed ").append(changed).append(" findings");
        }
        if (plan.moved() > 0) {
            b.append("; ").append(plan.moved()).append(" claims do not match the text at their offsets");
        }
        info.setText(b.toString());
    }

    /** Selects a claim: caret, list and (if asked) every view. */
    private void follow(Claim c, boolean tellOthers) {
        current = c;
        Highlighter h = text.getHighlighter();
        if (focusTag != null) {
            h.removeHighlight(focusTag);
            focusTag = null;
        }
        int len = text.getDocument().getLength();
        if (c.start() >= 0 && c.end() <= len && c.start() < c.end()) {
            try {
                focusTag = h.addHighlight(c.start(), c.end(), focusPainter);
            } catch (BadLocationException e) {
                focusTag = null;
            }
        }
        int row = claimRows.indexOf(c.id());
        if (row >= 0) {
            int v = claims.convertRowIndexToView(row);
            boolean was = updating;
            updating = true;
            try {
                claims.setRowSelectionInterval(v, v);
                claims.scrollRectToVisible(claims.getCellRect(v, 0, true));
            } finally {
                updating = was;
            }
        }
        if (tellOthers) {
            model.select(this, c);
        }
    }

    /** Goes to a claim: caret at its start, scrolled into view, selected. */
    private void goTo(Claim c, boolean tellOthers) {
        int len = text.getDocument().getLength();
        boolean was = updating;
        updating = true;
        try {
            text.setCaretPosition(Math.max(0, Math.min(c.start(), len)));
            scrollTo(c);
        } finally {
            updating = was;
        }
        follow(c, tellOthers);
    }

    private void scrollTo(Claim c) {
        try {
            int len = text.getDocument().getLength();
            java.awt.geom.Rectangle2D r = text.modelToView2D(Math.max(0, Math.min(c.start(), len)));
            java.awt.geom.Rectangle2D e = text.modelToView2D(Math.max(0, Math.min(c.end(), len)));
            if (r != null) {
                Rectangle box = r.getBounds();
                if (e != null) {
                    box.add(e.getBounds());
                }
                box.grow(0, 40);
                text.scrollRectToVisible(box);
            }
        } catch (BadLocationException ignored) {
            // outside the text: nothing to scroll to
        }
    }

    /** Another view selected a claim: show it if it stands in an open article. */
    private void reveal(Claim c) {
        String article = DeskModel.articleOf(c);
        if (shown == null || !shown.id().equals(article)) {
            if (model.opened(article).isPresent()) {
                model.activate(article);
            } else {
                return;
            }
        }
        if (shown != null && shown.id().equals(article) && (current == null || !current.id().equals(c.id()))) {
            Claim here = shown.claim(c.id()).map(ClaimReport::claim).orElse(c);
            goTo(here, false);
        }
    }

    /**
     * Next or previous claim in text order, from the caret.
     *
     * @param direction 1 or -1
     */
    public void step(int direction) {
        List<Highlights.ClaimSpan> spans = plan.claims();
        if (spans.isEmpty()) {
            return;
        }
        int from = current != null ? current.start() : text.getCaretPosition();
        Highlights.ClaimSpan target = null;
        if (direction > 0) {
            for (Highlights.ClaimSpan s : spans) {
                if (s.start() > from || current == null && s.start() >= from) {
                    target = s;
                    break;
                }
            }
            target = target == null ? spans.get(0) : target;
        } else {
            for (int i = spans.size() - 1; i >= 0; i--) {
                if (spans.get(i).start() < from) {
                    target = spans.get(i);
                    break;
                }
            }
            target = target == null ? spans.get(spans.size() - 1) : target;
        }
        goTo(target.claim(), true);
    }

    private String tooltip(int offset) {
        if (offset < 0 || shown == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        plan.claimAt(offset).ifPresent(c -> {
            b.append("<b>").append(Texts.types(c.types()).isEmpty() ? "claim" : Texts.types(c.types())).append("</b>, score ").append(Texts.score(c.score()));
            model.snapshot().caseOf(c).ifPresent(k -> b.append(", ").append(k.id()).append(' ').append(Texts.state(k.state())));
            List<Finding> f = model.findings(c);
            if (!f.isEmpty()) {
                b.append("<br>").append(TriagePanel.escape(Texts.verdicts(f)));
            }
        });
        plan.variantAt(offset).ifPresent(v -> b.append(b.length() > 0 ? "<br>" : "").append(TriagePanel.escape(v.describe())));
        return b.length() == 0 ? null : "<html>" + b + "</html>";
    }

    private static String legendHtml() {
        StringBuilder b = new StringBuilder("<html>");
        for (ClaimType t : ClaimType.values()) {
            Color c = Highlights.COLORS.get(t);
            b.append("<span style='background:#").append(String.format("%06x", c.getRGB() & 0xffffff)).append("'>&nbsp;&nbsp;&nbsp;</span>&nbsp;")
                    .append(t.name().toLowerCase(java.util.Locale.ROOT)).append("&nbsp;&nbsp;");
        }
        b.append("<u style='color:#d62728'>variant</u> spelling of a name</html>");
        return b.toString();
    }

    /** The claims beside the text. */
    private final class ClaimTableModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"#", "Score", "Types", "Case", "State", "Claim"};
        private List<ClaimReport> rows = List.of();

        void set(List<ClaimReport> r) {
            rows = new ArrayList<>(r);
            fireTableDataChanged();
        }

        Claim claim(int i) {
            return rows.get(i).claim();
        }

        int indexOf(String claimId) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).claim().id().equals(claimId)) {
                    return i;
                }
            }
            return -1;
        }

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
        public Class<?> getColumnClass(int c) {
            return c == 0 ? Integer.class : c == 1 ? Double.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Claim c = rows.get(row).claim();
            Optional<Case> k = model.snapshot().caseOf(c);
            return switch (column) {
                case 0 -> row + 1;
                case 1 -> Math.round(c.score() * 100) / 100.0;
                case 2 -> Texts.types(c.types());
                case 3 -> k.map(Case::id).orElse("");
                case 4 -> k.map(x -> Texts.state(x.state())).orElse("");
                case 5 -> Texts.oneLine(c.text(), 160);
                default -> "";
            };
        }
    }

    /** A wavy underline, for names spelled otherwise than their canonical form. */
    static final class SquigglePainter extends javax.swing.text.LayeredHighlighter.LayerPainter {
        private final Color color;

        SquigglePainter(Color color) {
            this.color = color;
        }

        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
            // painted per view fragment by paintLayer
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Rectangle r;
            try {
                Shape s = view.modelToView(p0, Position.Bias.Forward, p1, Position.Bias.Backward, bounds);
                r = s instanceof Rectangle x ? x : s.getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setColor(color);
                g2.setStroke(new BasicStroke(1.2f));
                int y = r.y + r.height - 2;
                for (int x = r.x; x < r.x + r.width - 2; x += 4) {
                    g2.drawLine(x, y, x + 2, y - 2);
                    g2.drawLine(x + 2, y - 2, x + 4, y);
                }
            } finally {
                g2.dispose();
            }
            return r;
        }
    }

    /** A frame around the claim selected. */
    static final class BoxPainter extends javax.swing.text.LayeredHighlighter.LayerPainter {
        @Override
        public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        }

        @Override
        public Shape paintLayer(Graphics g, int p0, int p1, Shape bounds, JTextComponent c, View view) {
            Rectangle r;
            try {
                Shape s = view.modelToView(p0, Position.Bias.Forward, p1, Position.Bias.Backward, bounds);
                r = s instanceof Rectangle x ? x : s.getBounds();
            } catch (BadLocationException e) {
                return null;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                Color sel = javax.swing.UIManager.getColor("textHighlight");
                g2.setColor(sel != null ? sel.darker() : Color.BLUE);
                g2.setStroke(new BasicStroke(2f));
                g2.drawRect(r.x, r.y, Math.max(1, r.width - 1), r.height - 1);
            } finally {
                g2.dispose();
            }
            return r;
        }
    }
}
