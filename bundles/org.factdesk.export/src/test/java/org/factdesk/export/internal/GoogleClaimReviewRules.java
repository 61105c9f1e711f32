package org.factdesk.export.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Google's fact-check (ClaimReview) structured-data rules, as a checker of a JSON-LD document.
 * Required by Google: {@code claimReviewed}, {@code reviewRating} (with {@code alternateName}) and
 * {@code url}. Recommended ones ({@code author}, {@code datePublished}, {@code itemReviewed}) are
 * checked strictly at the top level, where FactDesk always writes them; inside {@code itemReviewed}
 * the claim's {@code author} and {@code datePublished} are checked when present (FactDesk omits
 * what the article does not say), and an {@code appearance} or {@code firstAppearance} with a URL
 * is required.
 */
public final class GoogleClaimReviewRules {

    private static final Set<String> CONTEXTS = Set.of("https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/");
    private static final Set<String> AUTHOR_TYPES = Set.of("Organization", "Person");

    private GoogleClaimReviewRules() {
    }

    /** @return what breaks the rules, one line each; empty if nothing */
    public static List<String> check(JsonNode doc) {
        List<String> v = new ArrayList<>();
        if (doc == null || !doc.isObject()) {
            v.add("the document is not a JSON object");
            return v;
        }
        if (!CONTEXTS.contains(doc.path("@context").asText())) {
            v.add("@context must be schema.org, is " + doc.path("@context"));
        }
        if (!"ClaimReview".equals(doc.path("@type").asText())) {
            v.add("@type must be ClaimReview, is " + doc.path("@type"));
        }
        if (!nonBlankText(doc.get("claimReviewed"))) {
            v.add("claimReviewed is required and must be non-empty text");
        }
        if (!webUrl(doc.get("url"))) {
            v.add("url must be an absolute http(s) URL, is " + doc.get("url"));
        }
        rating(doc.get("reviewRating"), v);
        author("author", doc.get("author"), v);
        if (!isoDate(doc.get("datePublished"))) {
            v.add("datePublished must be an ISO-8601 date, is " + doc.get("datePublished"));
        }
        if (doc.has("dateModified") && !isoDate(doc.get("dateModified"))) {
            v.add("dateModified must be an ISO-8601 date, is " + doc.get("dateModified"));
        }
        item(doc.get("itemReviewed"), v);
        return v;
    }

    private static void rating(JsonNode r, List<String> v) {
        if (r == null || !r.isObject()) {
            v.add("reviewRating is required and must be an object");
            return;
        }
        if (r.has("@type") && !"Rating".equals(r.path("@type").asText())) {
            v.add("reviewRating.@type must be Rating, is " + r.get("@type"));
        }
        if (!nonBlankText(r.get("alternateName"))) {
            v.add("reviewRating.alternateName is required and must be non-empty text");
        }
        if (!r.has("ratingValue")) {
            return;
        }
        BigDecimal value = number(r.get("ratingValue"));
        BigDecimal best = number(r.get("bestRating"));
        BigDecimal worst = number(r.get("worstRating"));
        if (value == null) {
            v.add("reviewRating.ratingValue must be a number, is " + r.get("ratingValue"));
        }
        if (best == null) {
            v.add("reviewRating.bestRating must be a number when ratingValue is given, is " + r.get("bestRating"));
        }
        if (worst == null) {
            v.add("reviewRating.worstRating must be a number when ratingValue is given, is " + r.get("worstRating"));
        }
        if (value != null && best != null && worst != null && !(worst.compareTo(value) <= 0 && value.compareTo(best) <= 0)) {
            v.add("reviewRating.ratingValue " + value + " must lie in [worstRating " + worst + ", bestRating " + best + "]");
        }
    }

    private static void author(String where, JsonNode a, List<String> v) {
        if (a == null || !a.isObject()) {
            v.add(where + " must be an object with @type and name");
            return;
        }
        if (!AUTHOR_TYPES.contains(a.path("@type").asText())) {
            v.add(where + ".@type must be Organization or Person, is " + a.get("@type"));
        }
        if (!nonBlankText(a.get("name"))) {
            v.add(where + ".name is required");
        }
        if (a.has("url") && !webUrl(a.get("url"))) {
            v.add(where + ".url must be an absolute http(s) URL, is " + a.get("url"));
        }
    }

    private static void item(JsonNode item, List<String> v) {
        if (item == null || !item.isObject()) {
            v.add("itemReviewed must be an object of @type Claim");
            return;
        }
        if (!"Claim".equals(item.path("@type").asText())) {
            v.add("itemReviewed.@type must be Claim, is " + item.get("@type"));
        }
        if (item.has("author")) {
            author("itemReviewed.author", item.get("author"), v);
        }
        if (item.has("datePublished") && !isoDate(item.get("datePublished"))) {
            v.add("itemReviewed.datePublished must be an ISO-8601 date, is " + item.get("datePublished"));
        }
        String key = item.has("appearance") ? "appearance" : item.has("firstAppearance") ? "firstAppearance" : null;
        if (key == null) {
            v.add("itemReviewed needs an appearance or firstAppearance");
            return;
        }
        JsonNode works = item.get(key);
        List<JsonNode> all = new ArrayList<>();
        if (works.isArray()) {
            works.forEach(all::add);
        } else {
            all.add(works);
        }
        if (all.isEmpty()) {
            v.add("itemReviewed." + key + " is empty");
        }
        for (JsonNode w : all) {
            if (!w.isObject() || !webUrl(w.get("url"))) {
                v.add("itemReviewed." + key + ".url must be an absolute http(s) URL, is " + w.get("url"));
            }
            if (w.isObject() && w.has("datePublished") && !isoDate(w.get("datePublished"))) {
                v.add("itemReviewed." + key + ".datePublished must be an ISO-8601 date, is " + w.get("datePublished"));
            }
        }
    }

    private static boolean nonBlankText(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank();
    }

    private static boolean webUrl(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return false;
        }
        try {
            URI u = new URI(n.asText());
            return u.isAbsolute() && u.getHost() != null && (u.getScheme().equals("http") || u.getScheme().equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A date (2025-01-30) or a date-time with offset (2025-01-30T23:10:00Z), as ISO 8601 and Google accept. */
    private static boolean isoDate(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return false;
        }
        try {
            LocalDate.parse(n.asText());
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(n.asText());
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    /** schema.org allows a number or numeric text. */
    private static BigDecimal number(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
