package org.factdesk.checker.figures.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factdesk.api.check.CheckContext;
import org.factdesk.api.check.Checker;
import org.factdesk.api.check.CheckerService;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Entity;
import org.factdesk.api.claim.Quantity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Checks each figure in a NUMERIC claim against reference tables: the figure's entity is the
 * nearest name in the claim, its measure must share a keyword with the claim, and the values
 * match when the reference rounds to the figure as written ("$6 million" covers 5.5 to 6.5 million).
 */
// optional: with no configuration one instance runs on the bundled sample; each factory configuration adds one
@Component(configurationPid = ReferenceFiguresChecker.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@CheckerService(id = "org.factdesk.checker.figures", name = "Reference figures",
        description = "Compares figures in claims with tables of reference figures.", types = ClaimType.NUMERIC)
@Designate(ocd = ReferenceFiguresChecker.Config.class, factory = true)
public class ReferenceFiguresChecker implements Checker {

    /** Configuration (factory) PID: one checker instance per factory configuration, e.g. one per desk's table. */
    static final String PID = "org.factdesk.checker.figures";

    @ObjectClassDefinition(name = "FactDesk reference-figures checker",
            description = "Each configuration is a checker instance with its own reference tables.")
    public @interface Config {
        @AttributeDefinition(description = "Reference tables (CSV with a header, or JSON: an array of objects with the same fields) to load besides (or instead of) the bundled sample.")
        String[] tables() default {};

        @AttributeDefinition(description = "Use the bundled sample table.")
        boolean sample() default true;
    }

    private final List<ReferenceTable.Row> rows;

    @Activate
    public ReferenceFiguresChecker(Config config) throws IOException {
        List<ReferenceTable.Row> all = new ArrayList<>();
        if (config.sample()) {
            try (Reader r = new InputStreamReader(getClass().getResourceAsStream("sample-figures.csv"), StandardCharsets.UTF_8)) {
                all.addAll(ReferenceTable.read("sample-figures.csv", r));
            }
        }
        for (String table : config.tables()) {
            try (Reader r = Files.newBufferedReader(Path.of(table), StandardCharsets.UTF_8)) {
                all.addAll(table.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? ReferenceTable.readJson(table, r)
                        : ReferenceTable.read(table, r));
            }
        }
        this.rows = List.copyOf(all);
    }

    ReferenceFiguresChecker(List<ReferenceTable.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public List<Finding> check(Claim claim, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        String lower = claim.text().toLowerCase(Locale.ROOT);
        for (Quantity q : claim.quantities()) {
            Entity entity = nearestEntity(claim, q);
            if (entity == null) {
                continue;
            }
            ReferenceTable.Row row = rows.stream()
                    .filter(r -> r.entity().equalsIgnoreCase(entity.canonical()) && r.unit().equalsIgnoreCase(q.unit()))
                    .filter(r -> r.keywords().isEmpty() || r.keywords().stream().anyMatch(lower::contains))
                    .findFirst().orElse(null);
            if (row == null) {
                findings.add(Finding.of(Stance.INFO, 0.3, "No reference figure for " + q.display() + " (" + entity.canonical() + ")")
                        .withExplanation("No loaded reference table has a " + q.unit() + " figure for " + entity.canonical()
                                + " whose measure matches the wording of this claim."));
                continue;
            }
            findings.add(compare(q, entity, row));
        }
        return findings;
    }

    private static Finding compare(Quantity q, Entity entity, ReferenceTable.Row row) {
        double slack = roundingSlack(q);
        boolean match = q.value() + slack >= row.low() && q.value() - slack <= row.high();
        String reference = format(row.low(), q) + (row.high() > row.low() ? "-" + format(row.high(), q) : "");
        Evidence evidence = new Evidence(row.sourceTitle().isEmpty() ? row.table() : row.sourceTitle(),
                row.sourceUrl().isEmpty() ? null : row.sourceUrl(),
                entity.canonical() + ", " + row.measure() + (row.period().isEmpty() ? "" : ", " + row.period()) + ": " + reference,
                row.sourceDate().isEmpty() ? null : row.sourceDate());
        String explanation = "The claim says " + q.display() + " for " + entity.canonical() + "; the reference table "
                + row.table() + " gives " + reference + " for " + row.measure()
                + (row.period().isEmpty() ? "" : " (" + row.period() + ")") + ". Figures are compared at the precision written."
                + (row.context().isEmpty() ? "" : " Context: " + row.context());
        if (!match) {
            return Finding.of(Stance.REFUTES, 0.7, q.display() + " does not match the reference " + reference + " ("
                    + entity.canonical() + ", " + row.measure() + ")").withExplanation(explanation).withEvidence(evidence);
        }
        Stance stance = row.context().isEmpty() ? Stance.SUPPORTS : Stance.NEEDS_CONTEXT;
        return Finding.of(stance, 0.8, q.display() + " matches the reference " + reference + " (" + entity.canonical() + ", "
                + row.measure() + ")" + (stance == Stance.NEEDS_CONTEXT ? ", with a caveat" : ""))
                .withExplanation(explanation).withEvidence(evidence);
    }

    /** The entity a figure is about: the nearest name, preferring one before the figure. */
    static Entity nearestEntity(Claim claim, Quantity q) {
        Entity best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Entity e : claim.entities()) {
            if (e.kind().equals("PLACE")) {
                continue;
            }
            double d = e.end() <= q.start() ? q.start() - e.end() : 1.5 * (e.start() - q.end());
            if (d >= 0 && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Half a unit of the last digit written: "$6 million" stands for anything from 5.5 to 6.5 million. */
    static double roundingSlack(Quantity q) {
        String digits = q.text().replaceAll("[^0-9.]", "");
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        double number;
        try {
            number = new BigDecimal(digits.isEmpty() ? "1" : digits).doubleValue();
        } catch (NumberFormatException e) {
            return Math.abs(q.value()) * 0.01;
        }
        double scale = number == 0 ? 1 : q.value() / number;
        return 0.5 * Math.pow(10, -decimals) * scale;
    }

    /** A reference value in the figure's own scale: 5576000 next to "$6 million" is "$5.576 million". */
    static String format(double value, Quantity q) {
        String digits = q.text().replaceAll("[^0-9.]", "");
        double number = digits.isEmpty() ? q.value() : Double.parseDouble(digits);
        double scale = number == 0 ? 1 : q.value() / number;
        String scaled = BigDecimal.valueOf(value / scale).stripTrailingZeros().toPlainString();
        String display = q.display();
        int start = display.indexOf(digits.isEmpty() ? "\u0000" : digits);
        return start < 0 ? scaled + " " + q.unit() : display.substring(0, start) + scaled + display.substring(start + digits.length());
    }
}
