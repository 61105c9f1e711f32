package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.factdesk.api.claim.TimeReference;
import org.junit.jupiter.api.Test;

class TimesTest {

    static java.util.List<TimeReference> find(String s, int year) {
        return Times.find(s, 0, s.length(), year);
    }

    @Test
    void absoluteReferencesAreIsoDates() {
        assertThat(find("On September 1, 2015 and 4 July 2016, in January 2025, Q4 2024, the third quarter of 2023 and FY2025.", 0))
                .extracting(TimeReference::normalized)
                .containsExactly("2015-09-01", "2016-07-04", "2025-01", "2024-Q4", "2023-Q3", "FY2025");
    }

    @Test
    void relativeReferencesResolveAgainstThePublicationYear() {
        assertThat(find("Spending in its current financial year rose, as it did last year.", 2025))
                .extracting(TimeReference::text, TimeReference::normalized, TimeReference::relative)
                .containsExactly(tuple("current financial year", "current-financial-year-of-2025", true),
                        tuple("last year", "2024", true));
        assertThat(find("This year was hard.", 0)).extracting(TimeReference::normalized).containsExactly("this-year");
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertThat(find("Prices may rise in 2026.", 0)).extracting(TimeReference::normalized).containsExactly("2026");
    }
}
