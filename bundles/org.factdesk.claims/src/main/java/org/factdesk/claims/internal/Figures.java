package org.factdesk.claims.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.claim.Quantity;

/** Finds figures and normalises them: {@code "$ 80 billion"} is 8.0E10 USD, shown as "$80 billion". */
final class Figures {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(trillion|billion|million|thousand|crore|lakh|tn|bn|mn|m|k)";
    private static final Pattern FIGURE = Pattern.compile(
            "(US\\$|A\\$|C\\$|\\$|€|£|¥|₹|Rs\\.?|USD|EUR|GBP|INR)?\\s?" + NUMBER
                    + "(?:\\s?-?" + SCALE + "\\b)?"
                    + "(?:\\s?(%|per\\s?cent\\b|percent\\b|percentage points?\\b))?",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("billion", 1e9), Map.entry("bn", 1e9),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("m", 1e6), Map.entry("thousand", 1e3),
            Map.entry("k", 1e3), Map.entry("crore", 1e7), Map.entry("lakh", 1e5));
    private static final Map<String, String> SCALE_WORDS = Map.of("tn", "trillion", "bn", "billion", "mn", "million",
            "m", "million", "k", "thousand");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("inr", "INR"));

    private Figures() {
    }

    /** Figures in {@code text[from, to)}. Bare years (1900-2099) and small bare numbers are left out. */
    static List<Quantity> find(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        int digit = from;
        while (digit < to && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        if (digit == to) {
            return out; // no digit, no figure: skip the pattern, which would be tried at every position
        }
        // a currency sign or code stands at most 4 characters before the first digit ("US$ 5", "Rs. 3")
        Matcher m = FIGURE.matcher(text).region(Math.max(from, digit - 5), to);
        while (m.find()) {
            String currency = m.group(1);
            String number = m.group(2);
            String scale = m.group(3);
            String percent = m.group(4);
            if (m.start(2) > 0 && Character.isLetter(text.charAt(m.start(2) - 1)) && currency == null) {
                continue; // part of a word or code: "H800", "V3"
            }
            if (scale != null && scale.length() == 1 && currency == null) {
                scale = null; // "6 m" without a currency is more likely metres than millions
            }
            double value;
            try {
                value = new BigDecimal(number.replace(",", "")).doubleValue();
            } catch (NumberFormatException e) {
                continue;
            }
            if (currency == null && scale == null && percent == null && !isCount(number, value)) {
                continue;
            }
            if (scale != null) {
                value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
            }
            String unit = currency != null ? CURRENCIES.getOrDefault(currency.toLowerCase(Locale.ROOT), currency)
                    : percent != null ? (percent.toLowerCase(Locale.ROOT).startsWith("percentage") ? "pp" : "%") : "";
            int start = currency != null ? m.start(1) : m.start(2);
            int end = percent != null ? m.end(4) : scale != null ? m.end(3) : m.end(2);
            out.add(new Quantity(text.substring(start, end), start, end, value, unit,
                    display(currency, number, scale, percent)));
        }
        return out;
    }

    /** A bare number counts as a figure when it has a thousands separator, a decimal point, or is not a year. */
    private static boolean isCount(String number, double value) {
        if (number.contains(",") || number.contains(".")) {
            return true;
        }
        boolean year = number.length() == 4 && value >= 1900 && value <= 2099;
        return !year && value >= 10;
    }

    private static String display(String currency, String number, String scale, String percent) {
        StringBuilder sb = new StringBuilder();
        if (currency != null) {
            String c = currency.toLowerCase(Locale.ROOT);
            sb.append(c.equals("usd") ? "$" : c.equals("us$") ? "US$" : currency.strip());
            if (Character.isLetter(sb.charAt(sb.length() - 1))) {
                sb.append(' ');
            }
        }
        sb.append(number);
        if (scale != null) {
            String s = scale.toLowerCase(Locale.ROOT);
            sb.append(' ').append(SCALE_WORDS.getOrDefault(s, s));
        }
        if (percent != null) {
            sb.append(percent.toLowerCase(Locale.ROOT).startsWith("percentage") ? " percentage points" : "%");
        }
        return sb.toString();
    }
}
