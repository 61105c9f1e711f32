package org.factdesk.workbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Describes a {@link Command} service. The properties are {@code factdesk.command.id},
 * {@code .label}, {@code .menu}, {@code .order}, {@code .accelerator}, {@code .toolbar} and
 * {@code .enabledFor}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandContribution {

    /** Prefix of the service properties. */
    String PREFIX_ = "factdesk.command.";

    /** @return the command's id, unique and stable */
    String id();

    /** @return the label on its menu item and in Quick Access */
    String label();

    /** @return the menu path, {@code "File"} or {@code "Case/Review"}; empty: Quick Access and key binding only */
    String menu() default "";

    /** @return the order in its menu; items 100 apart get a separator between them */
    int order() default 500;

    /** @return the key binding in {@link javax.swing.KeyStroke#getKeyStroke(String)} form, for example {@code "ctrl shift I"}; empty for none */
    String accelerator() default "";

    /** @return true to show a toolbar button too */
    boolean toolbar() default false;

    /** @return the fully qualified type the selection must be for the command to be enabled ({@code org.factdesk.api.desk.Case}); empty: always */
    String enabledFor() default "";
}
