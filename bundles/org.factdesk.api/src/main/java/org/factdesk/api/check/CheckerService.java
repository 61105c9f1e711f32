package org.factdesk.api.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.factdesk.api.claim.ClaimType;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares a DS component's {@link Checker} service properties in a typed way:
 * <pre>
 * &#64;Component
 * &#64;CheckerService(id = "org.example.checker.dates", types = ClaimType.NUMERIC)
 * public class DateChecker implements Checker { ... }
 * </pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CheckerService {

    /** Maps the elements to {@code factdesk.checker.*} properties. */
    String PREFIX_ = "factdesk.checker.";

    /** @return the checker's stable id ({@link Checker#ID}) */
    String id();

    /** @return display name ({@link Checker#NAME}) */
    String name() default "";

    /** @return one sentence on what it does ({@link Checker#DESCRIPTION}) */
    String description() default "";

    /** @return claim types handled; empty means all ({@link Checker#TYPES}) */
    ClaimType[] types() default {};

    /** @return how expensive it is ({@link Checker#COST}) */
    Cost cost() default Cost.LOCAL;
}
