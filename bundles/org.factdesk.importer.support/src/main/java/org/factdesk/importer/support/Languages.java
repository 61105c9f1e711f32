package org.factdesk.importer.support;

import java.util.Locale;

/** Language codes as files write them ({@code "en_us"}, {@code "EN-gb"}, {@code "de-DE, en"}) to BCP 47 tags. */
public final class Languages {

    private Languages() {
    }

    /**
     * @param lang a language code as written, or {@code null}; of a list ({@code "de-DE, en"}) the first
     * @return the BCP 47 tag ({@code "en-US"}), or {@code null} if {@code lang} is {@code null}, blank
     *         or not a language tag
     */
    public static String tag(String lang) {
        if (lang == null) {
            return null;
        }
        String s = lang.strip().replace('_', '-');
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = s.substring(0, comma).strip();
        }
        if (s.isEmpty() || !s.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        return Locale.forLanguageTag(s).toLanguageTag();
    }
}
