package org.factdesk.workbench.desk.internal.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.InputEvent;

import javax.swing.JComponent;
import javax.swing.TransferHandler;

/**
 * Lets files, folders, a URL or text dropped (or pasted) on a view be imported, while copying and
 * dragging out of the component work as before (its own handler does them).
 */
public final class ImportTransfer extends TransferHandler {

    private static final long serialVersionUID = 1L;

    private final ImportActions imports;
    private final TransferHandler own;
    private final boolean acceptText;

    private ImportTransfer(ImportActions imports, TransferHandler own, boolean acceptText) {
        this.imports = imports;
        this.own = own;
        this.acceptText = acceptText;
    }

    /**
     * @param c          the component (not an editable text component: its paste stays its own)
     * @param imports    where imports go
     * @param acceptText true to import dropped or pasted text and URLs too (false: files only)
     */
    public static void install(JComponent c, ImportActions imports, boolean acceptText) {
        c.setTransferHandler(new ImportTransfer(imports, c.getTransferHandler(), acceptText));
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || acceptText && support.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        Transferable t = support.getTransferable();
        if (!acceptText && !t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            return false;
        }
        // a drop imports at once; a paste of text shows it first, to be checked
        boolean paste = !support.isDrop();
        javax.swing.SwingUtilities.invokeLater(() -> imports.imported(t, support.getComponent(), paste));
        return true;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return own == null ? NONE : own.getSourceActions(c);
    }

    @Override
    public void exportAsDrag(JComponent comp, InputEvent e, int action) {
        if (own != null) {
            own.exportAsDrag(comp, e, action);
        }
    }

    @Override
    public void exportToClipboard(JComponent comp, java.awt.datatransfer.Clipboard clip, int action) {
        if (own != null) {
            own.exportToClipboard(comp, clip, action);
        }
    }
}
