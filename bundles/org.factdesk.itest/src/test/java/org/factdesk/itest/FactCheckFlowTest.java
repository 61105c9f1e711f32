package org.factdesk.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.factdesk.export.internal.GoogleClaimReviewRules;
import org.factdesk.itest.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fact-check workflow on the demo article, through the real distribution: each step a separate
 * {@code factdesk} process on one workspace, as a desk uses it from scripts; then the same from a
 * Gogo script.
 */
class FactCheckFlowTest {

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    private Run factdesk(String... args) throws Exception {
        return Cli.run(tmp, Path.of(System.getProperty("java.home")), env, args);
    }

    private Run ok(String... args) throws Exception {
        Run r = factdesk(args);
        assertThat(r.exit()).as("factdesk %s: %s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private Run refused(String expected, String... args) throws Exception {
        Run r = factdesk(args);
        assertThat(r.exit()).as("factdesk %s", String.join(" ", args)).isEqualTo(4);
        assertThat(r.err()).contains(expected);
        return r;
    }

    @Test
    void proposeRejectProposeSignOffPublishCorrectAndExportClaimReview() throws Exception {
        env.put("FACTDESK_WORKSPACE", tmp.resolve("desk").toString());
        env.put("FACTDESK_KEYS", tmp.resolve("keys").toString());
        ok("user", "add", "maria", "--name", "Maria Lopez", "--role", "admin");
        ok("--as", "maria", "user", "add", "ana", "--name", "Ana Silva", "--role", "fact-checker");
        ok("--as", "maria", "user", "add", "ben", "--name", "Ben Okafor", "--role", "editor");
        ok("--as", "maria", "desk", "configure", "--organization", "Desk Fact Check", "--organization-url", "https://factdesk.example/");
        Run imported = ok("--as", "ana", "import", "--url", "https://www.livemint.com/ai/microsoft-meta-ai.html", "--publisher", "Mint",
                "--published", "2025-01-30", Distribution.DEMO.toString());
        assertThat(imported.out()).contains("cases opened");

        JsonNode cases = new ObjectMapper().readTree(ok("case", "list", "--json").out());
        String id = null;
        for (JsonNode c : cases) {
            if (c.at("/claims/0/text").asText().contains("$ 80 billion")) {
                id = c.get("id").asText();
            }
        }
        assertThat(id).as("a case for the $80 billion claim").isNotNull();

        String microsoft = "https://blogs.microsoft.com/on-the-issues/2025/01/03/|Microsoft: about $80 billion on AI-enabled data centres in fiscal 2025|2025-02-03";
        String meta = "https://investor.atmeta.com/|Meta: 2025 capital expenditures of $60-65 billion|2025-02-03";
        ok("--as", "ana", "case", "select", id);
        ok("--as", "ana", "case", "assign", id);
        ok("--as", "ana", "case", "attach", id, "1");
        ok("--as", "ana", "case", "propose", id, "--rating", "true", "--rationale", "Both figures are what the companies said.", "--source", microsoft);
        refused("a rejection needs a comment", "--as", "ben", "case", "reject", id);
        ok("--as", "ben", "case", "reject", id, "--comment", "Meta gave a range: source it and say so");
        ok("--as", "ana", "case", "propose", id, "--rating", "mostly-true", "--rationale",
                "Microsoft plans about $80 billion in fiscal 2025; Meta guided $60-65 billion, so $65 billion is the top of a range.",
                "--source", microsoft, "--source", meta);
        refused("signing off needs the editor role; ana is a fact-checker", "--as", "ana", "case", "signoff", id);
        ok("--as", "ben", "case", "signoff", id);
        ok("--as", "ben", "case", "publish", id, "--url", "https://factdesk.example/checks/microsoft-meta-ai");
        refused("is published", "--as", "ana", "case", "propose", id, "--rating", "false", "--rationale", "x", "--source", microsoft);
        ok("--as", "ben", "case", "correct", id, "--reason", "Meta's range is for calendar 2025, not its fiscal year");
        // Until the correction is published, the ClaimReview is the version readers see.
        JsonNode live = new ObjectMapper().readTree(ok("export", "claimreview", id).out());
        assertThat(GoogleClaimReviewRules.check(live)).isEmpty();
        assertThat(live.get("reviewBody").asText()).startsWith("Microsoft plans about $80 billion in fiscal 2025; Meta guided $60-65 billion, so");
        ok("--as", "ana", "case", "propose", id, "--rating", "mostly-true", "--rationale",
                "Microsoft plans about $80 billion in fiscal 2025; Meta guided $60-65 billion for calendar 2025.", "--source", microsoft, "--source", meta);
        ok("--as", "maria", "case", "signoff", id);
        ok("--as", "maria", "case", "publish", id, "--url", "https://factdesk.example/checks/microsoft-meta-ai");

        Path out = tmp.resolve("claimreview.jsonld");
        ok("export", "claimreview", id, "--out", out.toString());
        JsonNode review = new ObjectMapper().readTree(Files.readString(out));
        assertThat(GoogleClaimReviewRules.check(review)).as("Google's ClaimReview rules").isEmpty();
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asText()).contains("$ 80 billion");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Mostly true");
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(4);
        assertThat(review.at("/itemReviewed/appearance/url").asText()).isEqualTo("https://www.livemint.com/ai/microsoft-meta-ai.html");
        assertThat(review.at("/author/name").asText()).isEqualTo("Desk Fact Check");
        assertThat(review.at("/itemReviewed/datePublished").asText()).isEqualTo("2025-01-30");
        // --out DIR/ writes into the folder, made if need be, not a file named like it
        Run intoFolder = ok("export", "claimreview", id, "--out", tmp.resolve("reviews") + "/");
        assertThat(Files.readString(tmp.resolve("reviews").resolve(id + ".jsonld"))).isEqualTo(Files.readString(out));
        assertThat(intoFolder.out()).contains("wrote ");
        Path report = tmp.resolve("report.md");
        ok("export", "report-md", id, "--out", report.toString());
        assertThat(Files.readString(report)).contains("Meta's range is for calendar 2025, not its fiscal year").contains("investor.atmeta.com");

        JsonNode shown = new ObjectMapper().readTree(ok("case", "show", id, "--json").out());
        assertThat(shown.at("/case/state").asText()).isEqualTo("PUBLISHED");
        assertThat(shown.at("/case/corrections/0/newRating").asText()).isEqualTo("mostly-true");
        assertThat(shown.at("/case/rejections/0/comment").asText()).startsWith("Meta gave a range");
        Run audit = ok("audit", "verify");
        assertThat(audit.out()).contains("2 sign-off signatures verified").contains("verifies:");

        // A failed export leaves the file that was there whole.
        Run notPublished = factdesk("export", "claimreview", cases.get(0).get("id").asText(), "--out", out.toString());
        assertThat(notPublished.exit()).isEqualTo(1);
        assertThat(notPublished.err()).contains("only a published fact-check has a ClaimReview");
        assertThat(new ObjectMapper().readTree(Files.readString(out))).isEqualTo(review);

        // Four eyes: an editor cannot sign off a verdict they proposed.
        String other = cases.get(0).get("id").asText();
        ok("--as", "maria", "case", "assign", other);
        ok("--as", "maria", "case", "propose", other, "--rating", "unverifiable", "--rationale", "No public source.", "--source", "interview notes 12|no one confirmed it|2025-02-04");
        refused("four eyes: maria proposed this verdict", "--as", "maria", "case", "signoff", other);

        // The same desk from a Gogo script.
        Path script = Files.writeString(tmp.resolve("signoff.gosh"), String.join("\n",
                "factdesk:case --as ben signoff " + other,
                "case --as ben publish " + other + " --url https://factdesk.example/checks/unverified",
                "case list --state published", ""));
        Run gogo = ok("run", script.toString());
        assertThat(gogo.out()).contains(other + " signed-off (unverifiable)").contains(other + " published");
        JsonNode unverifiable = new ObjectMapper().readTree(ok("export", "claimreview", other).out());
        assertThat(GoogleClaimReviewRules.check(unverifiable)).isEmpty();
        assertThat(unverifiable.at("/reviewRating/alternateName").asText()).isEqualTo("Unverifiable");
    }
}
