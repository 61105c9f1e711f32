package org.factdesk.importer.feeds.internal;

import java.util.Locale;

/** Feed language codes ("en-us", "en_GB") as BCP-47 tags. */
final class Languages {
    private Languages() {
    }

    static String normalise(String lang) {
        if (lang == null) {
            return null;
        }
        String s = lang.strip().replace('_', '-');
        if (s.isEmpty() || !s.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        return Locale.forLanguageTag(s).toLanguageTag();
    }
}
