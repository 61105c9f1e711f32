package org.example.checker.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factdesk.api.check.*;
import org.factdesk.api.claim.*;
import org.osgi.service.component.annotations.Component;

/** Superlatives ("the largest", "a record") are the comparisons most often wrong: ask for the full record. */
@Component
@CheckerService(id = "org.example.checker.superlatives", name = "Superlatives", types = ClaimType.COMPARISON)
public class SuperlativesChecker implements Checker {
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "\\b(largest|biggest|highest|lowest|smallest|record|first ever|unprecedented)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Finding> check(Claim claim, CheckContext context) {
        Matcher m = SUPERLATIVE.matcher(claim.text());
        if (!m.find()) {
            return List.of();
        }
        return List.of(Finding.of(Stance.NEEDS_CONTEXT, 0.6, "Superlative \"" + m.group() + "\": check it against the full record")
                .withEvidence(new Evidence(null, context.article().source(), claim.text(), null)));
    }
}
