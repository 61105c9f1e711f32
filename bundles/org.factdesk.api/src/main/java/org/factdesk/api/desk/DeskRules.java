package org.factdesk.api.desk;

import java.util.Objects;

/**
 * How a desk works; changed by an admin, and every change is journaled.
 *
 * @param fourEyes        true: the editor who signs off must not be the one who proposed
 * @param scale           the rating scale
 * @param organization    the publishing organisation's name (ClaimReview author); {@code ""} until set
 * @param organizationUrl its home page; {@code ""} until set
 */
public record DeskRules(boolean fourEyes, RatingScale scale, String organization, String organizationUrl) {

    /** @throws NullPointerException if the scale or organisation is {@code null} */
    public DeskRules {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(organizationUrl, "organizationUrl");
    }

    /** @return four eyes on, the standard scale, the organisation not set yet (ClaimReview export needs it) */
    public static DeskRules standard() {
        return new DeskRules(true, RatingScale.standard(), "", "");
    }
}
