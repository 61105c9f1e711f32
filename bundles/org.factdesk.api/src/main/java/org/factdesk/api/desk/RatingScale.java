package org.factdesk.api.desk;

import java.util.List;
import java.util.Optional;

/**
 * The ratings a desk uses. The numeric ones define {@link #worst()} and {@link #best()}.
 *
 * @param ratings every rating, numeric ones first by convention
 */
public record RatingScale(List<Rating> ratings) {

    /**
     * @throws IllegalArgumentException if it is empty, an id repeats, or no rating is numeric
     */
    public RatingScale {
        ratings = List.copyOf(ratings);
        if (ratings.stream().map(Rating::id).distinct().count() != ratings.size()) {
            throw new IllegalArgumentException("rating ids must be unique: " + ratings.stream().map(Rating::id).toList());
        }
        if (ratings.stream().noneMatch(r -> r.ratingValue() != null)) {
            throw new IllegalArgumentException("a rating scale needs at least one numeric rating");
        }
    }

    /**
     * The default scale: five steps from False (1) to True (5), plus Misleading (2: true parts,
     * false impression) and Unverifiable (no numeric value).
     *
     * @return the default scale
     */
    public static RatingScale standard() {
        return new RatingScale(List.of(
                new Rating("false", "False", 1, "False"),
                new Rating("mostly-false", "Mostly false", 2, "Mostly false"),
                new Rating("half-true", "Half true", 3, "Half true"),
                new Rating("mostly-true", "Mostly true", 4, "Mostly true"),
                new Rating("true", "True", 5, "True"),
                new Rating("misleading", "Misleading", 2, "Misleading"),
                new Rating("unverifiable", "Unverifiable", null, "Unverifiable")));
    }

    /**
     * @param id a rating id, case-insensitive
     * @return the rating, if the scale has it
     */
    public Optional<Rating> find(String id) {
        return ratings.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }

    /** @return the highest numeric rating value */
    public int best() {
        return ratings.stream().filter(r -> r.ratingValue() != null).mapToInt(Rating::ratingValue).max().orElseThrow();
    }

    /** @return the lowest numeric rating value */
    public int worst() {
        return ratings.stream().filter(r -> r.ratingValue() != null).mapToInt(Rating::ratingValue).min().orElseThrow();
    }
}
