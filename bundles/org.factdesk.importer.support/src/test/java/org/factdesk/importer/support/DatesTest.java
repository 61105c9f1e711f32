package org.factdesk.importer.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void offsetsAndZonesAreKeptAsTheSourceGaveThem() {
        assertThat(Dates.iso("2011-04-13T09:00:00.5+02:00")).isEqualTo("2011-04-13T09:00:00.5+02:00");
        assertThat(Dates.iso("2011-04-13T09:00:00Z")).isEqualTo("2011-04-13T09:00:00Z");
        assertThat(Dates.iso("2011-04-13T09:00:00+02:00[Europe/Paris]")).isEqualTo("2011-04-13T09:00:00+02:00");
        assertThat(Dates.iso("2011-04-13T09:00+0200")).isEqualTo("2011-04-13T09:00:00+02:00");
        assertThat(Dates.iso("2011-04-13 09:00:00+02:00")).isEqualTo("2011-04-13T09:00:00+02:00");
    }

    @Test
    void rfc822AsFeedsWriteIt() {
        assertThat(Dates.iso("Wed, 13 Apr 2011 09:00:00 GMT")).isEqualTo("2011-04-13T09:00:00Z");
        assertThat(Dates.iso("Wed, 13 Apr 2011 09:00:00 +0200")).isEqualTo("2011-04-13T09:00:00+02:00");
        assertThat(Dates.iso("13 Apr 2011 09:00 PST")).isEqualTo("2011-04-13T09:00:00-08:00");
        // EST is always -05:00 in RFC 822, whatever the daylight-saving rules of the day
        assertThat(Dates.iso("Tue, 3 Jun 2008 11:05:30 EST")).isEqualTo("2008-06-03T11:05:30-05:00");
        assertThat(Dates.iso("  Tue,  03 Jun 2008\n11:05:30 GMT ")).isEqualTo("2008-06-03T11:05:30Z");
    }

    @Test
    void withoutOffsetTheTimeStaysLocalAndADateStaysADate() {
        assertThat(Dates.iso("2011-04-13T10:00:00")).isEqualTo("2011-04-13T10:00");
        assertThat(Dates.iso("2011-04-13 10:00:30")).isEqualTo("2011-04-13T10:00:30");
        assertThat(Dates.iso("2011-04-13")).isEqualTo("2011-04-13");
        assertThat(Dates.iso("2011-04-13Tlate")).isEqualTo("2011-04-13");
    }

    @Test
    void whatIsNoDateGivesNull() {
        assertThat(Dates.iso(null)).isNull();
        assertThat(Dates.iso("  ")).isNull();
        assertThat(Dates.iso("yesterday")).isNull();
        assertThat(Dates.iso("2011-13-45")).isNull();
    }
}
