package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.factdesk.api.claim.Quantity;
import org.junit.jupiter.api.Test;

class FiguresTest {

    static java.util.List<Quantity> find(String s) {
        return Figures.find(s, 0, s.length());
    }

    @Test
    void amountsArePutIntoNumbersAndUnits() {
        assertThat(find("Microsoft committed $ 80 billion, Meta €65bn and the city Rs 3 crore."))
                .extracting(Quantity::value, Quantity::unit, Quantity::display)
                .containsExactly(tuple(8.0e10, "USD", "$80 billion"), tuple(6.5e10, "EUR", "€65 billion"), tuple(3.0e7, "INR", "Rs 3 crore"));
    }

    @Test
    void percentagesCountsAndSeparators() {
        assertThat(find("Unemployment fell 65 per cent to 4.2% while 10,375 claims and 6 million users grew by 3 percentage points."))
                .extracting(Quantity::display)
                .containsExactly("65%", "4.2%", "10,375", "6 million", "3 percentage points");
    }

    @Test
    void yearsCodesAndSmallNumbersAreNotFigures() {
        assertThat(find("In 2025 the H800 chips and V3 model took 3 days.")).isEmpty();
    }

    @Test
    void offsetsPointAtTheFigure() {
        String s = "It cost $ 6 million.";
        Quantity q = find(s).get(0);
        assertThat(s.substring(q.start(), q.end())).isEqualTo("$ 6 million").isEqualTo(q.text());
    }
}
