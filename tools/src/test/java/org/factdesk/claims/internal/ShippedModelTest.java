package org.factdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The shipped model is what training on ClaimBuster makes. ClaimBuster is research data, never in
 * the repository: this runs only when {@code -Dfactdesk.data=DIR} names a data directory holding
 * {@code claimbuster/2.5xNCS.json} (for example {@code mvn -pl tools test -Dfactdesk.data=$HOME/factdesk-data}).
 */
class ShippedModelTest {

    static final String PROPERTY = "factdesk.data";

    @Test
    void trainingOnClaimBusterMakesTheShippedModelByteForByte() throws Exception {
        String dir = System.getProperty(PROPERTY);
        assumeTrue(dir != null && !dir.isBlank(), "research data not given: set -D" + PROPERTY
                + "=DIR (a directory holding claimbuster/2.5xNCS.json) to check the shipped model against it");
        Path data = Path.of(dir).resolve("claimbuster/2.5xNCS.json");
        assertThat(data).as("-D%s names a directory with claimbuster/2.5xNCS.json", PROPERTY).isRegularFile();

        StringWriter trained = new StringWriter();
        TrainCommand.train(data).model().write(trained);
        String shipped;
        try (InputStream in = ClaimFinder.class.getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trained.toString()).isEqualTo(shipped);
    }
}
