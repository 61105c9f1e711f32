package org.factdesk.workbench.internal;

import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** FlatLaf light and dark, switched live. EDT only. */
final class Theme {

    static final String LIGHT = "light";
    static final String DARK = "dark";

    private Theme() {
    }

    static void install(String theme) {
        // a few desk-wide looks: rounded controls, tabs with a separator, compact scroll bars
        UIManager.put("Component.arc", 6);
        UIManager.put("Button.arc", 6);
        UIManager.put("TextComponent.arc", 6);
        UIManager.put("ScrollBar.showButtons", false);
        UIManager.put("ScrollBar.width", 12);
        UIManager.put("TabbedPane.showTabSeparators", true);
        UIManager.put("TabbedPane.tabHeight", 28);
        UIManager.put("TitlePane.unifiedBackground", true);
        UIManager.put("Table.showHorizontalLines", true);
        UIManager.put("Table.intercellSpacing", new java.awt.Dimension(0, 1));
        if (DARK.equals(theme)) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        // Swing finds UI delegates through the defaults' class loader; under OSGi that must be FlatLaf's bundle
        UIManager.getDefaults().put("ClassLoader", FlatLaf.class.getClassLoader());
        UIManager.getLookAndFeelDefaults().put("ClassLoader", FlatLaf.class.getClassLoader());
    }

    /** Switches every open window to the theme. */
    static void switchTo(String theme) {
        install(theme);
        FlatLaf.updateUI(); // every window, its components and their UI delegates
    }

    static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
