package org.factdesk.workbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Describes a {@link View} service: {@code @Component(service = View.class) @ViewContribution(id = "...", title = "...")}.
 * The properties are {@code factdesk.view.id}, {@code factdesk.view.title}, {@code factdesk.view.area}
 * and {@code factdesk.view.order}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewContribution {

    /** Prefix of the service properties. */
    String PREFIX_ = "factdesk.view.";

    /** Service property holding the view's id. */
    String ID = "factdesk.view.id";

    /** @return the view's id, unique and stable: layouts name views by it */
    String id();

    /** @return the title on its tab */
    String title();

    /** @return where a perspective that does not name the view docks it: {@code left}, {@code center}, {@code right} or {@code bottom} */
    String area() default "right";

    /** @return the order among views of the same area, and in Window > Show View */
    int order() default 100;
}
