package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Two configured instances of one checker, each with its own reference table, through ConfigAdmin. */
class ConfigurationTest {

    static final String FIGURES = "(factdesk.checker.id=org.factdesk.checker.figures)";

    @TempDir
    Path tmp;

    @Test
    void factoryConfigurationsRunSeveralInstancesTellingTheirFindingsApart() throws Exception {
        String header = "entity,measure,period,value,unit,keywords,context,source_title,source_url,source_date\n";
        Path a = Files.writeString(tmp.resolve("desk-a.csv"), header + "Acme,annual revenue,2024,1250000000,USD,revenue,,Annual report,https://example.org/a,\n");
        Path b = Files.writeString(tmp.resolve("desk-b.csv"), header + "Acme,annual revenue,2024,2000000000,USD,revenue,,Trade register,https://example.org/b,\n");
        Path article = Files.writeString(tmp.resolve("acme.txt"), "Acme results\n\nAnalysts said Acme revenue reached $1.3 billion in 2024, a record for Acme.\n");
        try (RunningDesk desk = new RunningDesk(Distribution.homeWithout(tmp.resolve("home")), Files.createDirectories(tmp.resolve("plugins")),
                Map.of("org.osgi.framework.system.packages.extra", "org.osgi.service.cm;version=1.6.1"))) {
            ConfigurationAdmin cm = desk.context().getService(desk.context().getServiceReference(ConfigurationAdmin.class));
            assertThat(instances(desk)).as("one instance on the bundled sample, unconfigured").isEqualTo(1);

            List<Configuration> configs = new ArrayList<>();
            for (Path table : List.of(a, b)) {
                Configuration c = cm.getFactoryConfiguration("org.factdesk.checker.figures", table.getFileName().toString(), "?");
                Hashtable<String, Object> props = new Hashtable<>();
                props.put("tables", new String[] {table.toString()});
                props.put("sample", false);
                c.update(props);
                configs.add(c);
            }
            awaitInstances(desk, 2);

            List<JsonNode> findings = new ArrayList<>();
            for (JsonNode claim : desk.run("check", "--json", article.toString()).json().get("claims")) {
                for (JsonNode f : claim.get("findings")) {
                    if (f.get("checker").asText().equals("org.factdesk.checker.figures")) {
                        findings.add(f);
                    }
                }
            }
            assertThat(findings).extracting(f -> f.get("stance").asText()).containsExactlyInAnyOrder("SUPPORTS", "REFUTES");
            assertThat(findings).extracting(f -> f.at("/provenance/configHash").asText()).doesNotHaveDuplicates();

            for (Configuration c : configs) {
                c.delete();
            }
            awaitInstances(desk, 1);
        }
    }

    private static int instances(RunningDesk desk) throws Exception {
        ServiceReference<?>[] refs = desk.context().getServiceReferences((String) null, FIGURES);
        return refs == null ? 0 : refs.length;
    }

    private static void awaitInstances(RunningDesk desk, int n) throws Exception {
        long until = System.currentTimeMillis() + 5000;
        while (instances(desk) != n) {
            assertThat(System.currentTimeMillis()).as("waiting for " + n + " instances, have " + instances(desk)).isLessThan(until);
            Thread.sleep(10);
        }
    }
}
