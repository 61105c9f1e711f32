package org.factdesk.workbench.desk.internal.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;

import org.factdesk.api.check.Finding;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseEvent;
import org.factdesk.api.desk.Correction;
import org.factdesk.api.desk.Rating;
import org.factdesk.api.desk.Rejection;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.Verdict;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.DeskSnapshot;
import org.factdesk.workbench.desk.internal.Preview;
import org.factdesk.workbench.desk.internal.ReviewRules;
import org.factdesk.workbench.desk.internal.ReviewRules.Action;
import org.factdesk.workbench.desk.internal.Texts;

/**
 * The review of the case in focus: the verdict on the desk's scale with its rationale and sources,
 * the findings attached as evidence; propose, reject with a comment, sign off, publish, correct,
 * each enabled only as the desk's rules allow the person working (four eyes); the case's history
 * and signatures; and the ClaimReview it will publish, with what the export rules refuse.
 */
public final class ReviewPanel extends JPanel implements DeskPanel {

    private static final long serialVersionUID = 1L;

    private final DeskModel model;
    private final JLabel heading = new JLabel(" ");
    private final JTextArea claimText = new JTextArea(2, 40);
    private final JComboBox<Rating> rating = new JComboBox<>();
    private final JTextArea rationale = new JTextArea(4, 40);
    private final SourcesModel sources = new SourcesModel();
    private final JTable sourcesTable = new JTable(sources);
    private final DefaultListModel<String> evidence = new DefaultListModel<>();
    private final JList<String> evidenceList = new JList<>(evidence);
    private final DefaultListModel<Finding> suggestions = new DefaultListModel<>();
    private final JList<Finding> suggestionList = new JList<>(suggestions);
    private final JTextField comment = new JTextField(30);
    private final JTextField url = new JTextField(30);
    private final JTextField reason = new JTextField(30);
    private final JLabel why = new JLabel(" ");
    private final HistoryModel history = new HistoryModel();
    private final JTable historyTable = new JTable(history);
    private final JTextArea signatures = new JTextArea(8, 40);
    private final JTextArea preview = new JTextArea(12, 50);
    private final DefaultListModel<String> previewNotes = new DefaultListModel<>();
    private final JList<String> previewNotesList = new JList<>(previewNotes);
    private final Map<Action, JButton> buttons = new EnumMap<>(Action.class);
    private final DeskModel.Listener listener;
    private final JPanel form;
    private final java.beans.PropertyChangeListener focusScroll;
    private final javax.swing.Timer loadTimer;
    private Case shown;
    private String formFor;

    /** @param model the views' model */
    public ReviewPanel(DeskModel model) {
        super(new BorderLayout());
        this.model = model;
        Ui.name(this, "review", "Review", "Verdict, sign-off and publication of the case in focus");
        heading.setFont(Ui.bold(heading.getFont()));
        Ui.name(heading, "review.heading", "Case", null);
        claimText.setEditable(false);
        claimText.setLineWrap(true);
        claimText.setWrapStyleWord(true);
        Ui.name(claimText, "review.claim", "Claim reviewed", null);
        Ui.name(rating, "review.rating", "Rating", "The verdict on the desk's rating scale");
        rating.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                Object v = value instanceof Rating r ? r.label() + (r.ratingValue() == null ? "" : " (" + r.ratingValue() + ")") : value;
                return super.getListCellRendererComponent(list, v, index, sel, focus);
            }
        });
        rationale.setLineWrap(true);
        rationale.setWrapStyleWord(true);
        Ui.name(rationale, "review.rationale", "Rationale", "Why the claim gets this rating, in a few sentences");
        // Tab leaves the rationale (a form field), Ctrl+Tab inserts nothing
        rationale.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        rationale.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        Ui.name(sourcesTable, "review.sources", "Sources", "Each source: where (URL or document), what it shows, when it was consulted (YYYY-MM-DD)");
        // the table keeps the focus while a cell is typed in, so Tab goes to the next cell (not out of the table)
        sourcesTable.setSurrendersFocusOnKeystroke(false);
        sourcesTable.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        sourcesTable.getColumnModel().getColumn(0).setPreferredWidth(260);
        sourcesTable.getColumnModel().getColumn(1).setPreferredWidth(260);
        sourcesTable.getColumnModel().getColumn(2).setPreferredWidth(90);
        Ui.name(evidenceList, "review.evidence", "Evidence attached", null);
        Ui.name(suggestionList, "review.suggestions", "Checker findings of the case", "Select one and press Attach (or Enter)");
        suggestionList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        suggestionList.setCellRenderer((l, f, index, sel, focus) -> {
            JLabel label = new JLabel((index + 1) + ". " + Texts.stance(f.stance()) + " " + Texts.score(f.confidence()) + "  " + Texts.oneLine(f.summary(), 90)
                    + "  [" + f.checker() + " " + f.version() + "]");
            label.setOpaque(true);
            label.setBackground(sel ? l.getSelectionBackground() : l.getBackground());
            label.setForeground(sel ? l.getSelectionForeground() : l.getForeground());
            return label;
        });
        Ui.bind(suggestionList, false, "ENTER", "review.attachSuggestion", this::attachSuggestion);
        Ui.name(comment, "review.comment", "Rejection comment", "What must change (needed to reject)");
        Ui.name(url, "review.url", "Publication URL", "Where the fact-check is published (needed to publish)");
        Ui.name(reason, "review.reason", "Correction reason", "Why the published fact-check is reopened (published with it)");
        Ui.name(why, "review.why", "Why actions are not available", null);
        why.setForeground(Ui.dim());
        Ui.name(historyTable, "review.history", "Case history", null);
        historyTable.setFillsViewportHeight(true);
        historyTable.getColumnModel().getColumn(0).setPreferredWidth(50);
        historyTable.getColumnModel().getColumn(1).setPreferredWidth(140);
        historyTable.getColumnModel().getColumn(2).setPreferredWidth(70);
        historyTable.getColumnModel().getColumn(3).setPreferredWidth(400);
        signatures.setEditable(false);
        signatures.setLineWrap(true);
        Ui.name(signatures, "review.signatures", "Sign-off, rejections, publication and corrections", null);
        preview.setEditable(false);
        preview.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, preview.getFont().getSize()));
        Ui.name(preview, "review.preview", "ClaimReview preview", "The ClaimReview JSON-LD this case publishes");
        Ui.name(previewNotesList, "review.previewNotes", "What the export rules refuse and what the workflow still needs", null);
        previewNotesList.setVisibleRowCount(4);

        button(Action.SELECT, "review.select", "Select", 0, "Select the case for checking", () -> act(Action.SELECT));
        button(Action.ASSIGN_TO_ME, "review.take", "Assign to me", KeyEvent.VK_M, "Take the case", () -> act(Action.ASSIGN_TO_ME));
        button(Action.ATTACH, "review.attach", "Attach", 0, "Attach the selected finding as evidence", this::attachSuggestion);
        button(Action.PROPOSE, "review.propose", "Propose verdict", KeyEvent.VK_P, "Propose this rating with its rationale and sources", this::propose);
        button(Action.REJECT, "review.reject", "Reject", KeyEvent.VK_J, "Send the verdict back to review, with the comment", this::reject);
        button(Action.SIGN_OFF, "review.signoff", "Sign off", KeyEvent.VK_S, "Sign the verdict off (an editor who did not propose it)", () -> act(Action.SIGN_OFF));
        button(Action.PUBLISH, "review.publish", "Publish", KeyEvent.VK_U, "Publish at the URL given", this::publish);
        button(Action.CORRECT, "review.correct", "Correct", KeyEvent.VK_C, "Reopen the published fact-check for a correction, with the reason", this::correct);

        form = new WidthTrackingPanel();
        form.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 2);
        c.anchor = GridBagConstraints.NORTHWEST;
        int row = 0;
        row = full(form, c, row, heading);
        row = full(form, c, row, new JScrollPane(claimText));
        row = full(form, c, row, flow(buttons.get(Action.SELECT), buttons.get(Action.ASSIGN_TO_ME)));
        row = pair(form, c, row, Ui.label("Rating:", KeyEvent.VK_R, rating), rating);
        row = pair(form, c, row, Ui.label("Rationale:", KeyEvent.VK_T, rationale), new JScrollPane(rationale));
        JScrollPane sourcesScroll = new JScrollPane(sourcesTable);
        sourcesScroll.setPreferredSize(new java.awt.Dimension(420, 90));
        row = pair(form, c, row, Ui.label("Sources:", KeyEvent.VK_O, sourcesTable), sourcesScroll);
        row = pair(form, c, row, new JLabel(), flow(Ui.button("review.addSource", "Add source", KeyEvent.VK_D, "Add a row for a source", this::addSource),
                Ui.button("review.removeSource", "Remove source", 0, "Remove the selected source", this::removeSource)));
        JScrollPane sug = new JScrollPane(suggestionList);
        sug.setPreferredSize(new java.awt.Dimension(420, 80));
        row = pair(form, c, row, Ui.label("Findings:", KeyEvent.VK_F, suggestionList), sug);
        row = pair(form, c, row, new JLabel(), flow(buttons.get(Action.ATTACH)));
        JScrollPane ev = new JScrollPane(evidenceList);
        ev.setPreferredSize(new java.awt.Dimension(420, 50));
        row = pair(form, c, row, Ui.label("Evidence:", KeyEvent.VK_E, evidenceList), ev);
        row = pair(form, c, row, new JLabel(), flow(buttons.get(Action.PROPOSE)));
        row = pair(form, c, row, Ui.label("Comment:", KeyEvent.VK_N, comment), flow(comment, buttons.get(Action.REJECT), buttons.get(Action.SIGN_OFF)));
        row = pair(form, c, row, Ui.label("URL:", KeyEvent.VK_L, url), flow(url, buttons.get(Action.PUBLISH)));
        row = pair(form, c, row, Ui.label("Correction:", KeyEvent.VK_I, reason), flow(reason, buttons.get(Action.CORRECT)));
        c.weighty = 1;
        full(form, c, row, why);
        // narrow preferred widths: GridBagLayout falls back to every part's minimum size when the
        // dock is narrower than the form's preferred width; the parts stretch to the dock anyway
        for (Component part : form.getComponents()) {
            java.awt.Dimension d = part.getPreferredSize();
            part.setPreferredSize(new java.awt.Dimension(Math.min(d.width, 160), d.height));
        }

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("review.tabs");
        tabs.addTab("History", new JScrollPane(historyTable));
        tabs.addTab("Signatures", new JScrollPane(signatures));
        JPanel previewPanel = new JPanel(new BorderLayout());
        previewPanel.add(new JScrollPane(previewNotesList), BorderLayout.NORTH);
        previewPanel.add(new JScrollPane(preview), BorderLayout.CENTER);
        previewPanel.add(flow(Ui.button("review.updatePreview", "Update preview", 0, "Make the preview again (with the URL typed)", this::loadPreview)),
                BorderLayout.SOUTH);
        tabs.addTab("ClaimReview", previewPanel);
        tabs.setMnemonicAt(0, KeyEvent.VK_H);
        tabs.setMnemonicAt(1, KeyEvent.VK_G);
        tabs.setMnemonicAt(2, KeyEvent.VK_W);

        // the form takes the dock's full width and scrolls down, never sideways; history below it
        tabs.setPreferredSize(new java.awt.Dimension(300, 160));
        JScrollPane formScroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        formScroll.getVerticalScrollBar().setUnitIncrement(16);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, formScroll, tabs);
        split.setResizeWeight(0.7);
        add(split, BorderLayout.CENTER);

        loadTimer = new javax.swing.Timer(200, e -> {
            loadHistory();
            loadPreview();
        });
        loadTimer.setRepeats(false);
        listener = new DeskModel.Listener() {
            @Override
            public void focusChanged(Object source, Object focus) {
                if (focus instanceof Case || focus instanceof org.factdesk.api.claim.Claim) {
                    show(model.focusCase().orElse(null));
                }
            }

            @Override
            public void snapshotChanged(DeskSnapshot s) {
                rebuildScale();
                show(shown == null ? model.focusCase().orElse(null) : s.find(shown.id()).orElse(null));
            }

            @Override
            public void userChanged() {
                updateButtons();
            }
        };
        model.addListener(listener);
        // Tab (or Ctrl+Shift+P) to a field scrolled out of the form's view brings it into view
        focusScroll = e -> {
            if (e.getNewValue() instanceof Component owner && owner != form && SwingUtilities.isDescendingFrom(owner, form)) {
                Component part = owner;
                while (part.getParent() != form) {
                    part = part.getParent();
                }
                form.scrollRectToVisible(part.getBounds());
            }
        };
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner", focusScroll);
        rebuildScale();
        show(model.focusCase().orElse(null));
    }

    /** Stops listening to the model and the focus. */
    public void dispose() {
        model.removeListener(listener);
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner", focusScroll);
        loadTimer.stop();
    }

    /** @return the action's button (tests) */
    public JButton button(Action a) {
        return buttons.get(a);
    }

    /** @return the preview text (tests) */
    public String previewText() {
        return preview.getText();
    }

    /** @return the preview's notes (tests) */
    public List<String> previewNotes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < previewNotes.size(); i++) {
            out.add(previewNotes.get(i));
        }
        return out;
    }

    private void button(Action a, String name, String text, int mnemonic, String tip, Runnable run) {
        buttons.put(a, Ui.button(name, text, mnemonic, tip, run));
    }

    private static JPanel flow(JComponent... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        for (JComponent x : parts) {
            p.add(x);
        }
        return p;
    }

    private static int full(JPanel p, GridBagConstraints c, int row, JComponent x) {
        c.gridx = 0;
        c.gridy = row;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        p.add(x, c);
        c.gridwidth = 1;
        return row + 1;
    }

    private static int pair(JPanel p, GridBagConstraints c, int row, JComponent label, JComponent field) {
        c.gridx = 0;
        c.gridy = row;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        p.add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        p.add(field, c);
        return row + 1;
    }

    private void rebuildScale() {
        Object keep = rating.getSelectedItem();
        List<Rating> scale = model.snapshot().rules().scale().ratings();
        rating.setModel(new DefaultComboBoxModel<>(scale.toArray(Rating[]::new)));
        if (keep instanceof Rating r) {
            model.snapshot().rules().scale().find(r.id()).ifPresent(rating::setSelectedItem);
        }
    }

    /**
     * Shows a case; the form is filled from its verdict when another case (or another verdict) comes.
     *
     * @param c the case, or null
     */
    public void show(Case c) {
        Case before = shown;
        shown = c;
        if (c == null) {
            heading.setText("No case in focus: pick one in Triage or a claim in the article");
            claimText.setText("");
            suggestions.clear();
            evidence.clear();
            history.set(List.of());
            signatures.setText("");
            preview.setText("");
            previewNotes.clear();
            formFor = null;
            updateButtons();
            return;
        }
        heading.setText(c.id() + "  " + Texts.state(c.state()) + (c.assignee() != null ? ", assigned to " + c.assignee() : ", not assigned")
                + (c.verdict() != null ? ", verdict " + c.verdict().rating() + " by " + c.verdict().proposedBy() : ""));
        claimText.setText(c.claimReviewed());
        claimText.setCaretPosition(0);
        String key = c.id() + "|" + (c.verdict() == null ? "" : c.verdict().entry());
        if (!key.equals(formFor)) {
            formFor = key;
            fill(c.verdict());
            comment.setText("");
            reason.setText("");
            url.setText(c.publication() != null ? c.publication().url() : "");
        }
        int keepSel = suggestionList.getSelectedIndex();
        suggestions.clear();
        c.suggestions().forEach(suggestions::addElement);
        if (keepSel >= 0 && keepSel < suggestions.size()) {
            suggestionList.setSelectedIndex(keepSel);
        }
        evidence.clear();
        c.evidence().forEach(f -> evidence.addElement(Texts.stance(f.stance()) + "  " + Texts.oneLine(f.summary(), 90) + "  [" + f.checker() + " " + f.version() + "]"));
        signatures.setText(signatures(c));
        signatures.setCaretPosition(0);
        updateButtons();
        boolean changed = before == null || !before.id().equals(c.id()) || !Objects.equals(before.updated(), c.updated());
        if (changed) {
            history.set(List.of());
            loadTimer.restart();
        }
    }

    private void fill(Verdict v) {
        if (v == null) {
            rationale.setText("");
            sources.set(new ArrayList<>());
            return;
        }
        model.snapshot().rules().scale().find(v.rating()).ifPresent(rating::setSelectedItem);
        rationale.setText(v.rationale());
        List<String[]> rows = new ArrayList<>();
        for (Source s : v.sources()) {
            rows.add(new String[] {s.location(), s.shows(), s.accessed().toString()});
        }
        sources.set(rows);
    }

    static String signatures(Case c) {
        StringBuilder b = new StringBuilder();
        if (c.verdict() != null) {
            Verdict v = c.verdict();
            b.append("Verdict ").append(v.rating()).append(" proposed by ").append(v.proposedBy()).append(" at ").append(v.proposedAt())
                    .append("\n  journal entry ").append(v.entry()).append('\n');
        }
        if (c.signOff() != null) {
            b.append("Signed off by ").append(c.signOff().editor()).append(" at ").append(c.signOff().at()).append("\n  verdict ")
                    .append(c.signOff().verdict()).append("\n  Ed25519 signature ").append(c.signOff().signature())
                    .append("\n  (Desk > Verify Journal checks it with the editor's public key)\n");
        } else if (c.verdict() != null) {
            b.append("Not signed off yet\n");
        }
        for (Rejection r : c.rejections()) {
            b.append("Rejected by ").append(r.by()).append(" at ").append(r.at()).append(": ").append(r.comment()).append('\n');
        }
        if (c.publication() != null) {
            b.append("Published by ").append(c.publication().by()).append(" at ").append(c.publication().at()).append(" as ")
                    .append(c.publication().rating()).append("\n  ").append(c.publication().url()).append('\n');
        }
        for (Correction k : c.corrections()) {
            b.append("Correction by ").append(k.by()).append(" at ").append(k.at()).append(": ").append(k.reason())
                    .append(k.republishedAt() != null ? " (" + k.previousRating() + " -> " + k.newRating() + ", republished " + k.republishedAt() + ")" : " (open)")
                    .append('\n');
        }
        return b.length() == 0 ? "Nothing signed yet." : b.toString();
    }

    private void updateButtons() {
        StringBuilder reasons = new StringBuilder();
        for (Map.Entry<Action, JButton> e : buttons.entrySet()) {
            ReviewRules.Decision d = model.allowed(e.getKey(), shown);
            boolean on = d.allowed() && (e.getKey() != Action.ATTACH || suggestions.size() > 0);
            e.getValue().setEnabled(on);
            e.getValue().setToolTipText(on ? e.getValue().getAccessibleContext().getAccessibleDescription() : d.reason());
        }
        if (shown != null) {
            for (Action a : List.of(Action.PROPOSE, Action.SIGN_OFF, Action.PUBLISH)) {
                ReviewRules.Decision d = model.allowed(a, shown);
                if (!d.allowed() && !d.reason().startsWith("cannot ")) {
                    reasons.append(reasons.length() == 0 ? "" : "; ").append(d.reason());
                }
            }
        }
        String who = model.user().map(u -> "Working as " + u + model.person().map(p -> " (" + Texts.role(p.role()) + ")").orElse(" (not at this desk)"))
                .orElse("Nobody chosen: you will be asked who is working");
        why.setText("<html>" + TriagePanel.escape(who + (reasons.length() > 0 ? ". " + reasons : "")) + "</html>");
        boolean editable = shown != null && model.allowed(Action.PROPOSE, shown).allowed();
        rating.setEnabled(editable);
        rationale.setEditable(editable);
    }

    private void act(Action a) {
        if (shown == null) {
            return;
        }
        String id = shown.id();
        switch (a) {
            case SELECT -> model.selectCases(List.of(id));
            case ASSIGN_TO_ME -> model.assignCases(List.of(id), null);
            case SIGN_OFF -> model.signOff(id).thenAccept(c -> model.services().status(c.id() + " signed off"));
            default -> {
            }
        }
    }

    private void attachSuggestion() {
        int i = suggestionList.getSelectedIndex();
        if (shown == null || i < 0) {
            model.services().status("Select a finding to attach");
            return;
        }
        model.attach(shown.id(), i + 1).thenAccept(c -> model.services().status("Evidence attached to " + c.id()));
    }

    private void addSource() {
        sources.add(new String[] {"", "", LocalDate.now().toString()});
        int r = sources.getRowCount() - 1;
        sourcesTable.setRowSelectionInterval(r, r);
        sourcesTable.setColumnSelectionInterval(0, 0);
        sourcesTable.editCellAt(r, 0);
        sourcesTable.requestFocusInWindow();
    }

    private void removeSource() {
        int r = sourcesTable.getSelectedRow();
        if (r >= 0) {
            if (sourcesTable.isEditing()) {
                sourcesTable.getCellEditor().cancelCellEditing();
            }
            sources.remove(r);
        }
    }

    /**
     * The sources as typed.
     *
     * @return the sources, or empty with the user told what is wrong
     */
    Optional<List<Source>> sourcesTyped() {
        if (sourcesTable.isEditing()) {
            sourcesTable.getCellEditor().stopCellEditing();
        }
        List<Source> out = new ArrayList<>();
        for (String[] r : sources.rows) {
            if (r[0].isBlank() && r[1].isBlank()) {
                continue;
            }
            LocalDate accessed;
            try {
                accessed = r[2].isBlank() ? LocalDate.now() : LocalDate.parse(r[2].strip());
            } catch (DateTimeParseException e) {
                model.services().error("The date a source was consulted needs the form YYYY-MM-DD, not \"" + r[2] + "\"", null);
                return Optional.empty();
            }
            out.add(new Source(r[0].strip(), r[1].strip(), accessed));
        }
        return Optional.of(out);
    }

    /** Propose: the rating, rationale and sources as typed. */
    public void propose() {
        if (shown == null || !(rating.getSelectedItem() instanceof Rating r)) {
            return;
        }
        Optional<List<Source>> s = sourcesTyped();
        if (s.isEmpty()) {
            return;
        }
        if (rationale.getText().isBlank()) {
            model.services().status("A verdict needs a rationale: why is it " + r.id() + "?");
            rationale.requestFocusInWindow();
            return;
        }
        if (s.get().isEmpty()) {
            model.services().status("A verdict needs at least one source: Add source");
            sourcesTable.requestFocusInWindow();
            return;
        }
        model.propose(shown.id(), r.id(), rationale.getText().strip(), s.get()).thenAccept(c -> model.services().status(c.id() + ": " + r.id() + " proposed"));
    }

    /** Reject: the comment typed, or asked for. */
    public void reject() {
        if (shown == null) {
            return;
        }
        String id = shown.id();
        Optional<String> text = comment.getText().isBlank()
                ? Dialogs.askText(this, "rejectComment", "Reject " + id, "What must change?", "", true)
                : Optional.of(comment.getText().strip());
        text.ifPresent(t -> model.reject(id, t).thenAccept(c -> {
            comment.setText("");
            model.services().status(c.id() + ": verdict sent back to review");
        }));
    }

    /** Publish: at the URL typed, or asked for. */
    public void publish() {
        if (shown == null) {
            return;
        }
        String id = shown.id();
        Optional<String> where = url.getText().isBlank()
                ? Dialogs.askText(this, "publishUrl", "Publish " + id, "URL of the published fact-check (http or https):", "https://", false)
                : Optional.of(url.getText().strip());
        where.ifPresent(u -> model.publish(id, u).thenAccept(c -> model.services().status(c.id() + " published at " + u)));
    }

    /** Correct: with the reason typed, or asked for. */
    public void correct() {
        if (shown == null) {
            return;
        }
        String id = shown.id();
        Optional<String> why = reason.getText().isBlank()
                ? Dialogs.askText(this, "correctReason", "Correct " + id, "Why is it reopened (published with the correction)?", "", true)
                : Optional.of(reason.getText().strip());
        why.ifPresent(t -> model.correct(id, t).thenAccept(c -> {
            reason.setText("");
            model.services().status(c.id() + " reopened for a correction");
        }));
    }

    private void loadHistory() {
        Case c = shown;
        if (c == null || !model.snapshot().exists()) {
            return;
        }
        model.history(c.id()).thenAccept(h -> {
            if (shown != null && shown.id().equals(c.id())) {
                history.set(h);
            }
        });
    }

    private void loadPreview() {
        Case c = shown;
        if (c == null || !model.snapshot().exists()) {
            return;
        }
        model.preview(c.id(), url.getText()).thenAccept(p -> {
            if (shown != null && shown.id().equals(c.id())) {
                showPreview(p);
            }
        });
    }

    private void showPreview(Preview p) {
        previewNotes.clear();
        p.refused().forEach(r -> previewNotes.addElement("Refused by the export rules: " + r));
        p.pending().forEach(r -> previewNotes.addElement("Still needed: " + r));
        if (p.document() != null) {
            previewNotes.add(0, p.hypothetical() ? "What publishing now would give (not published yet):" : "Published: what readers' search engines see");
        }
        preview.setText(p.document() == null ? "" : p.document());
        preview.setCaretPosition(0);
    }

    private static final class SourcesModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"Location (URL or document)", "What it shows", "Accessed"};
        private List<String[]> rows = new ArrayList<>();

        void set(List<String[]> r) {
            rows = new ArrayList<>(r);
            fireTableDataChanged();
        }

        void add(String[] r) {
            rows.add(r);
            fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
        }

        void remove(int r) {
            rows.remove(r);
            fireTableRowsDeleted(r, r);
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
        public boolean isCellEditable(int r, int c) {
            return true;
        }

        @Override
        public Object getValueAt(int r, int c) {
            return rows.get(r)[c];
        }

        @Override
        public void setValueAt(Object v, int r, int c) {
            rows.get(r)[c] = v == null ? "" : v.toString();
            fireTableCellUpdated(r, c);
        }
    }

    private static final class HistoryModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] columns = {"Entry", "When", "Who", "What"};
        private List<CaseEvent> rows = List.of();

        void set(List<CaseEvent> r) {
            rows = List.copyOf(r);
            fireTableDataChanged();
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
        public Object getValueAt(int r, int c) {
            CaseEvent e = rows.get(r);
            return switch (c) {
                case 0 -> "#" + e.seq();
                case 1 -> e.at().toString().substring(0, 19).replace('T', ' ');
                case 2 -> e.actor();
                case 3 -> e.summary();
                default -> "";
            };
        }
    }

    /** @param text typed into the rationale (tests) */
    void typeRationale(String text) {
        rationale.setText(text);
    }

    /** @param rows typed into the sources (tests) */
    void typeSources(List<String[]> rows) {
        sources.set(rows);
    }

    /** The review form: as wide as its scroll pane (fields shrink with the dock), as tall as it needs. */
    private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {
        WidthTrackingPanel() {
            super(new GridBagLayout());
        }

        @Override
        public java.awt.Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return Math.max(16, orientation == javax.swing.SwingConstants.VERTICAL ? visible.height - 16 : visible.width - 16);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof javax.swing.JViewport v && v.getHeight() > getPreferredSize().height;
        }
    }
}
