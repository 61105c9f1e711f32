package org.factdesk.workbench.desk.internal.ui;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.JFileChooser;

import org.factdesk.api.intake.DeskImport;
import org.factdesk.workbench.desk.internal.DeskModel;
import org.factdesk.workbench.desk.internal.ImportResult;

/**
 * Import by menu, by dropping files, folders, a URL or text on a view, or by pasting: everything
 * goes to {@link DeskModel#importInputs}, which calls the same DeskImport as {@code factdesk import}.
 */
public final class ImportActions {

    /** What {@code factdesk import} takes when no {@code --min-score} is given. */
    public static final double DEFAULT_MIN_SCORE = 0.5;
    /** The options of a drop or paste: the command line's defaults. */
    public static final DeskImport.Options DEFAULTS = new DeskImport.Options(DEFAULT_MIN_SCORE, null, null, null);

    private final DeskModel model;

    /** @param model the views' model */
    public ImportActions(DeskModel model) {
        this.model = model;
    }

    /** Import File or Folder...: a file chooser (several files or folders), then the import options. */
    public void chooseFiles(Component parent) {
        JFileChooser chooser = new JFileChooser(model.services().workingDirectory().toFile());
        chooser.setName("import.chooser");
        chooser.setDialogTitle("Import articles");
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showDialog(parent, "Import") != JFileChooser.APPROVE_OPTION) {
            return;
        }
        // a path typed after clicking in the list: the chooser keeps the list's files beside the typed one; the typed one wins
        File one = chooser.getSelectedFile();
        File[] many = chooser.getSelectedFiles();
        File[] chosen = many.length > 0 && (one == null || java.util.Arrays.asList(many).contains(one)) ? many : new File[] {one};
        List<String> inputs = java.util.Arrays.stream(chosen).filter(java.util.Objects::nonNull).map(File::getAbsolutePath).toList();
        if (inputs.isEmpty()) {
            return;
        }
        String what = inputs.size() == 1 ? new File(inputs.get(0)).getName() : inputs.size() + " files and folders";
        Dialogs.importOptions(parent, inputs.size() == 1, what).ifPresent(o -> model.importInputs(inputs, null, o));
    }

    /** Import URL...: asks for the URL (the clipboard's, if it holds one), then the options. */
    public void askUrl(Component parent) {
        String initial = clipboardText().filter(ImportActions::isUrl).orElse("https://");
        Dialogs.askText(parent, "importUrl", "Import URL", "Address of the article or feed (http or https):", initial, false)
                .filter(u -> !u.equals("https://")).ifPresent(url -> {
                    if (!isUrl(url)) {
                        model.services().error("\"" + url + "\" is not an http(s) URL", null);
                        return;
                    }
                    Dialogs.importOptions(parent, true, url).ifPresent(o -> model.importInputs(List.of(url), null, o));
                });
    }

    /** Paste Article as Text: the clipboard's files, URL or text, imported as a drop would be. */
    public void pasteArticle(Component parent) {
        Clipboard cb = Toolkit.getDefaultToolkit().getSystemClipboard();
        Transferable t;
        try {
            t = cb.getContents(null);
        } catch (IllegalStateException e) {
            model.services().status("The clipboard is busy; try again");
            return;
        }
        if (t == null || !imported(t, parent, true)) {
            model.services().status("The clipboard holds no text, URL or files to import");
        }
    }

    /**
     * Imports what was dropped or pasted.
     *
     * @param t      the transfer
     * @param parent for dialogs
     * @param ask    true to ask for confirmation of pasted text (with a chance to fix it)
     * @return false if it holds nothing importable
     */
    public boolean imported(Transferable t, Component parent, boolean ask) {
        try {
            if (t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) t.getTransferData(DataFlavor.javaFileListFlavor);
                if (files.isEmpty()) {
                    return false;
                }
                files(files);
                return true;
            }
            if (t.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                String s = (String) t.getTransferData(DataFlavor.stringFlavor);
                if (s == null || s.isBlank()) {
                    return false;
                }
                List<File> uriList = uriList(s);
                if (!uriList.isEmpty()) {
                    files(uriList);
                } else if (isUrl(s.strip())) {
                    model.importInputs(List.of(s.strip()), null, DEFAULTS);
                } else if (ask) {
                    Dialogs.askText(parent, "pasteArticle", "Paste Article as Text", "The article (first line: headline):", s, true).ifPresent(this::text);
                } else {
                    text(s);
                }
                return true;
            }
        } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
            model.services().error("Cannot read what was dropped: " + e.getMessage(), e);
        }
        return false;
    }

    /** @param files dropped files and folders, imported with the command line's defaults */
    public void files(List<File> files) {
        model.importInputs(files.stream().map(File::getAbsolutePath).toList(), null, DEFAULTS);
    }

    /** @param text an article as text (first line: its headline), imported as {@code factdesk import -} reads it */
    public java.util.concurrent.CompletableFuture<ImportResult> text(String text) {
        return model.importInputs(List.of("-"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DEFAULTS);
    }

    static boolean isUrl(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return (t.startsWith("http://") || t.startsWith("https://")) && !t.contains(" ") && !t.contains("\n") && t.length() > 8;
    }

    /** A drop from a Linux file manager comes as text/uri-list: {@code file:///...} lines. */
    static List<File> uriList(String s) {
        List<String> lines = s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.isEmpty() || !lines.stream().allMatch(l -> l.startsWith("file:"))) {
            return List.of();
        }
        try {
            return lines.stream().map(l -> new File(java.net.URI.create(l))).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Optional<String> clipboardText() {
        try {
            Transferable t = Toolkit.getDefaultToolkit().getSystemClipboard().getContents(null);
            if (t != null && t.isDataFlavorSupported(DataFlavor.stringFlavor)) {
                return Optional.ofNullable((String) t.getTransferData(DataFlavor.stringFlavor)).map(String::strip);
            }
        } catch (Exception e) {
            // nothing usable
        }
        return Optional.empty();
    }
}
