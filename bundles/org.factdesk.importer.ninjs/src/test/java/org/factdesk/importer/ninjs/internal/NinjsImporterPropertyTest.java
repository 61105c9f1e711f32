package org.factdesk.importer.ninjs.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.importer.testkit.ImportChecks;
import org.factdesk.importer.testkit.Mutations;
import org.factdesk.importer.testkit.Ninjs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the bytes, the importer gives valid articles or a clean ImportException, never another
 * exception, a hang or an out-of-memory error.
 */
class NinjsImporterPropertyTest {

    private static final NinjsImporter IMPORTER = new NinjsImporter(1 << 20, true, null);

    /** Valid ninjs need not carry text (a picture without caption): then text and paragraphs are empty. */
    static void importsCleanly(byte[] bytes) {
        ImportChecks.importOrRefuse(IMPORTER, "p.json", bytes);
    }

    @Property(tries = 300)
    void randomBytes(@ForAll("bytes") byte[] bytes) {
        importsCleanly(bytes);
    }

    @Property(tries = 400)
    void mutatedFixtures(@ForAll("mutated") byte[] bytes) {
        importsCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Mutations.randomBytes(4096);
    }

    @Provide
    Arbitrary<byte[]> mutated() throws Exception {
        List<byte[]> fixtures = new ArrayList<>();
        fixtures.add("{\"uri\":\"u\",\"headline\":\"H\",\"body_text\":\"A.\\n\\nB.\"}".getBytes());
        fixtures.add("{\"uri\":\"u\",\"headlines\":[{\"value\":\"H\"}],\"bodies\":[{\"contenttype\":\"text/html\",\"value\":\"<p>A</p><p>B</p>\"}]}".getBytes());
        for (String f : List.of("examples/3.0/dpa_text.json", "examples/2.1/ntb_text.json", "examples/1.4/ninjsExComplex1.json",
                "examples/3.0/tt_text_image_3.json")) {
            fixtures.add(Files.readAllBytes(Ninjs.resolve(f)));
        }
        return Mutations.truncatedOrOverwritten(fixtures, 8);
    }
}
