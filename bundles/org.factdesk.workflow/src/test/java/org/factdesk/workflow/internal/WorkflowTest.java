package org.factdesk.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.Paragraph;
import org.factdesk.api.check.Evidence;
import org.factdesk.api.check.Finding;
import org.factdesk.api.check.Provenance;
import org.factdesk.api.check.Stance;
import org.factdesk.api.claim.Attribution;
import org.factdesk.api.claim.Claim;
import org.factdesk.api.claim.ClaimType;
import org.factdesk.api.claim.Quantity;
import org.factdesk.api.desk.Case;
import org.factdesk.api.desk.CaseState;
import org.factdesk.api.desk.DeskRules;
import org.factdesk.api.desk.DeskSession;
import org.factdesk.api.desk.Role;
import org.factdesk.api.desk.Source;
import org.factdesk.api.desk.WorkflowException;
import org.factdesk.api.pipeline.ArticleReport;
import org.factdesk.api.pipeline.ClaimReport;
import org.factdesk.api.store.AuditReport;
import org.factdesk.api.store.WorkspaceStore.Access;
import org.factdesk.store.internal.FileWorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowTest {

    static final String TEXT = "Microsoft has committed $80 billion to AI this year. \"We are spending,\" said Satya Nadella. "
            + "Microsoft has committed $80 billion to AI this year.";

    @TempDir
    Path tmp;
    Path ws;
    Path keys;
    DeskService desk = new DeskService(new FileWorkspaceStore());
    DeskSession s;

    static ArticleReport report() {
        Article a = new Article(Article.contentId(TEXT), "samples/mint.txt", "text", "Microsoft and Meta defend AI spending", null,
                "2025-01-30", "en", TEXT, List.of(new Paragraph(0, TEXT.length())), Map.of());
        Claim money = new Claim("c1", TEXT.substring(0, 52), 0, 52, 0.93, List.of(ClaimType.NUMERIC), "a figure", null, null,
                List.of(new Quantity("$80 billion", 24, 35, 8e10, "USD", "$80 billion")), List.of(), List.of());
        Claim quote = new Claim("c2", TEXT.substring(53, 91), 53, 91, 0.71, List.of(ClaimType.QUOTE, ClaimType.ATTRIBUTION), "a quote",
                "Satya Nadella", new Attribution("said Satya Nadella", 72, 90, "Satya Nadella", Attribution.Kind.NAMED), List.of(), List.of(), List.of());
        Claim again = new Claim("c3", TEXT.substring(92), 92, TEXT.length(), 0.93, List.of(ClaimType.NUMERIC), "a figure", null, null,
                List.of(), List.of(), List.of());
        Finding f = Finding.of(Stance.SUPPORTS, 0.8, "Microsoft's FY2025 capex guidance is $80 billion")
                .withEvidence(new Evidence("Microsoft blog", "https://blogs.microsoft.com/on-the-issues/2025/01/03/", null, "2025-01-03"))
                .stamped("org.factdesk.checker.figures", "0.1.0", new Provenance("org.factdesk.checker.figures", "0.1.0", "figures", "abc"));
        return new ArticleReport(a, "test", List.of(new ClaimReport(money, List.of(f), List.of()), new ClaimReport(quote, List.of(), List.of()),
                new ClaimReport(again, List.of(), List.of())), List.of());
    }

    static List<Source> sources() {
        return List.of(new Source("https://blogs.microsoft.com/on-the-issues/2025/01/03/", "Brad Smith: Microsoft is on track to invest about $80 billion in FY2025",
                LocalDate.of(2025, 2, 1)));
    }

    @BeforeEach
    void desk() throws Exception {
        ws = tmp.resolve("ws");
        keys = tmp.resolve("keys");
        s = desk.open(ws, keys, Access.WRITE);
        s.addPerson("maria", "maria", "Maria Editor-in-chief", Role.ADMIN);
        s.addPerson("maria", "ana", "Ana Checker", Role.FACT_CHECKER);
        s.addPerson("maria", "ben", "Ben Editor", Role.EDITOR);
        s.importArticle("ana", report(), 0.5, "https://www.livemint.com/ai/microsoft-meta-ai-spending.html", "Mint");
    }

    private Case inReview() throws WorkflowException {
        s.select("ana", "C-1");
        return s.assign("ana", "C-1", "ana");
    }

    @Test
    void importOpensOneCasePerDistinctClaimWithTheCheckersSuggestions() throws Exception {
        assertThat(s.cases()).extracting(Case::id).containsExactly("C-1", "C-2");
        Case c1 = s.find("C-1");
        assertThat(c1.claims()).hasSize(2);
        assertThat(c1.state()).isEqualTo(CaseState.DETECTED);
        assertThat(c1.suggestions()).singleElement().satisfies(f -> assertThat(f.checker()).isEqualTo("org.factdesk.checker.figures"));
        assertThat(s.find("C-2").appearance().author()).isEqualTo("Satya Nadella");
        assertThat(c1.appearance().author()).isEqualTo("Mint");
        assertThat(s.importArticle("ana", report(), 0.5, null, null)).isEmpty();
        assertThat(s.article(c1.appearance().articleId())).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo(TEXT));
    }

    @Test
    void aClaimSeenAgainInAnotherArticleJoinsItsCase() throws Exception {
        String text = "Wire copy. Microsoft has committed $80 billion to AI this year. Shares rose 3 percent.";
        Article wire = new Article(Article.contentId(text), "wire.txt", "text", "Wire: Microsoft AI", null, "2025-01-31", "en", text,
                List.of(new Paragraph(0, text.length())), Map.of());
        Claim same = new Claim("w1", text.substring(11, 63), 11, 63, 0.9, List.of(ClaimType.NUMERIC), "a figure", null, null, List.of(), List.of(), List.of());
        Claim other = new Claim("w2", text.substring(64), 64, text.length(), 0.8, List.of(ClaimType.NUMERIC), "a figure", null, null, List.of(), List.of(), List.of());
        assertThat(same.text()).isEqualTo(s.find("C-1").claimReviewed());
        List<Case> touched = s.importArticle("ana", new ArticleReport(wire, "test",
                List.of(new ClaimReport(same, List.of(), List.of()), new ClaimReport(other, List.of(), List.of())), List.of()), 0.5,
                "https://wire.example/microsoft", "Wire");
        assertThat(touched).extracting(Case::id).containsExactly("C-3", "C-1");
        Case c1 = s.find("C-1");
        assertThat(c1.claims()).hasSize(3);
        assertThat(c1.alsoIn()).singleElement().satisfies(w -> {
            assertThat(w.url()).isEqualTo("https://wire.example/microsoft");
            assertThat(w.published()).isEqualTo("2025-01-31");
        });
        assertThat(s.history("C-1")).extracting(e -> e.summary()).anyMatch(x -> x.startsWith("the same claim in article " + wire.id()));
        List<Case> before = s.cases();
        s.close();
        try (DeskSession again = desk.open(ws, keys, Access.READ_ONLY)) {
            assertThat(again.cases()).isEqualTo(before);
        }
        s = desk.open(ws, keys, Access.WRITE);
    }

    @Test
    void theWholeFlowProposeRejectProposeSignOffPublishCorrect() throws Exception {
        inReview();
        s.attach("ana", "C-1", 1);
        s.propose("ana", "C-1", "false", "Guidance says 80bn", sources());
        Case rejected = s.reject("ben", "C-1", "Name the fiscal year, and it is not false: the figure is right");
        assertThat(rejected.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(rejected.rejections()).singleElement().satisfies(r -> assertThat(r.comment()).startsWith("Name the fiscal year"));
        s.propose("ana", "C-1", "true", "Microsoft said it would spend about $80 billion in fiscal 2025.", sources());
        Case signed = s.signOff("ben", "C-1");
        assertThat(signed.state()).isEqualTo(CaseState.SIGNED_OFF);
        assertThat(signed.signOff().verdict()).isEqualTo(signed.verdict().entry());
        Case published = s.publish("ben", "C-1", "https://factdesk.example/checks/c-1");
        assertThat(published.publication().rating()).isEqualTo("true");
        Case reopened = s.reopen("ben", "C-1", "The figure is for fiscal 2025, not calendar 2025");
        assertThat(reopened.state()).isEqualTo(CaseState.IN_REVIEW);
        s.propose("ana", "C-1", "mostly-true", "About $80 billion in fiscal 2025 (July 2024 - June 2025).", sources());
        s.signOff("maria", "C-1");
        Case corrected = s.publish("maria", "C-1", "https://factdesk.example/checks/c-1");
        assertThat(corrected.corrections()).singleElement().satisfies(c -> {
            assertThat(c.reason()).contains("fiscal 2025");
            assertThat(c.previousRating()).isEqualTo("true");
            assertThat(c.newRating()).isEqualTo("mostly-true");
            assertThat(c.republishedAt()).isNotNull();
        });
        assertThat(s.history("C-1")).extracting(e -> e.type()).containsExactly("article.imported", "case.selected", "case.assigned",
                "evidence.attached", "verdict.proposed", "verdict.rejected", "verdict.proposed", "verdict.signed", "case.published",
                "case.reopened", "verdict.proposed", "verdict.signed", "case.published");
        AuditReport audit = s.audit();
        assertThat(audit.intact()).as(audit.problem()).isTrue();
        assertThat(audit.checks()).anyMatch(c -> c.startsWith("2 sign-off signatures verified"));
        assertThat(audit.checks()).noneMatch(c -> c.contains("snapshot"));

    }

    @Test
    void aReopenedWorkspaceIsTheSameFromItsSnapshotAndFromItsJournalAlone() throws Exception {
        inReview();
        for (int i = 0; i < Session.SNAPSHOT_ON_CLOSE / 2 + 1; i++) {
            s.propose("ana", "C-1", "true", "attempt " + i, sources());
            s.reject("ben", "C-1", "not yet " + i);
        }
        List<Case> before = s.cases();
        s.close();
        try (var snaps = Files.list(ws.resolve("snapshots"))) {
            assertThat(snaps.toList()).hasSize(1);
        }
        try (DeskSession again = desk.open(ws, keys, Access.WRITE)) {
            assertThat(again.cases()).isEqualTo(before);
            assertThat(again.find("C-1").rejections()).hasSize(Session.SNAPSHOT_ON_CLOSE / 2 + 1);
        }
        deleteSnapshots();
        try (DeskSession again = desk.open(ws, keys, Access.READ_ONLY)) {
            assertThat(again.cases()).isEqualTo(before);
        }
        s = desk.open(ws, keys, Access.WRITE);
    }

    @Test
    void anEditedSnapshotIsFoundByTheAuditEvenWithARecomputedChecksum() throws Exception {
        inReview();
        for (int i = 0; i < Session.SNAPSHOT_ON_CLOSE; i++) {
            s.propose("ana", "C-1", "false", "attempt " + i, sources());
            s.reject("ben", "C-1", "not yet " + i);
        }
        s.close();
        Path snap;
        try (var snaps = Files.list(ws.resolve("snapshots"))) {
            snap = snaps.findFirst().orElseThrow();
        }
        String[] parts = Files.readString(snap).split("\n", 2);
        String forged = parts[1].replace("\"rating\":\"false\"", "\"rating\":\"true\"");
        assertThat(forged).isNotEqualTo(parts[1]);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Files.writeString(snap, parts[0].replaceAll("\"stateSha256\":\"[0-9a-f]+\"", "\"stateSha256\":\"" + sha + "\"") + "\n" + forged);

        // the snapshot changed since this key folder verified it: a writer checks the journal again, and refuses to act on the forgery
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("does not verify, so nothing is added to it")
                .hasMessageContaining("the snapshot taken here does not hold the state the journal gives");
        s = desk.open(ws, keys, Access.READ_ONLY);
        AuditReport audit = s.audit();
        assertThat(audit.intact()).isFalse();
        assertThat(audit.problem()).contains("the snapshot taken here does not hold the state the journal gives");
    }

    @Test
    void selfSignOffIsRefused() throws Exception {
        inReview();
        s.assign("maria", "C-1", "maria");
        s.propose("maria", "C-1", "true", "checked", sources());
        assertThatThrownBy(() -> s.signOff("maria", "C-1")).isInstanceOf(WorkflowException.class)
                .hasMessage("four eyes: maria proposed this verdict, so another editor must sign it off");
        assertThat(s.find("C-1").state()).isEqualTo(CaseState.VERDICT_PROPOSED);
    }

    @Test
    void fourEyesIsADeskRule() throws Exception {
        DeskRules rules = s.rules();
        s.configure("maria", new DeskRules(false, rules.scale(), "Mint Fact Check", "https://www.livemint.com/"));
        inReview();
        s.assign("maria", "C-1", "maria");
        s.propose("maria", "C-1", "true", "checked", sources());
        assertThat(s.signOff("maria", "C-1").state()).isEqualTo(CaseState.SIGNED_OFF);
        assertThat(s.audit().intact()).isTrue();
        assertThatThrownBy(() -> s.configure("ben", rules)).hasMessageContaining("only an admin changes the desk's rules; ben is an editor");
    }

    @Test
    void aNewScaleKeepsTheRatingsOfSignedOffVerdicts() throws Exception {
        DeskRules rules = s.rules();
        inReview();
        s.propose("ana", "C-1", "misleading", "checked", sources());
        org.factdesk.api.desk.RatingScale without = new org.factdesk.api.desk.RatingScale(
                rules.scale().ratings().stream().filter(r -> !r.id().equals("misleading")).toList());
        s.configure("maria", new DeskRules(true, without, "Desk", "https://desk.example/")); // only proposed: may still change
        s.configure("maria", rules);
        s.signOff("ben", "C-1");
        long before = s.history("C-1").size();

        assertThatThrownBy(() -> s.configure("maria", new DeskRules(true, without, "Desk", "https://desk.example/")))
                .hasMessage("the new rating scale leaves out \"misleading\", the rating of signed-off case C-1; keep it on the scale");
        assertThat(s.rules().scale()).isEqualTo(rules.scale());
        assertThat(s.history("C-1")).hasSize((int) before);
    }

    @Test
    void signOffWithoutTheEditorRoleIsRefused() throws Exception {
        s.addPerson("maria", "carl", "Carl Checker", Role.FACT_CHECKER);
        inReview();
        s.propose("ana", "C-1", "true", "checked", sources());
        assertThatThrownBy(() -> s.signOff("carl", "C-1")).hasMessage("signing off needs the editor role; carl is a fact-checker");
        assertThatThrownBy(() -> s.reject("carl", "C-1", "no")).hasMessage("rejecting a verdict needs the editor role; carl is a fact-checker");
    }

    @Test
    void theVerdictCannotChangeWhilePublished() throws Exception {
        inReview();
        s.propose("ana", "C-1", "true", "checked", sources());
        s.signOff("ben", "C-1");
        s.publish("ben", "C-1", "https://factdesk.example/checks/c-1");
        assertThatThrownBy(() -> s.propose("ana", "C-1", "false", "changed my mind", sources()))
                .hasMessageContaining("C-1 is published: its verdict cannot change until an editor reopens it for a correction");
        assertThatThrownBy(() -> s.reopen("ben", "C-1", " ")).hasMessageContaining("a correction needs its reason");
        assertThat(s.find("C-1").verdict().rating()).isEqualTo("true");
    }

    @Test
    void rejectWithoutCommentIsRefused() throws Exception {
        inReview();
        s.propose("ana", "C-1", "true", "checked", sources());
        assertThatThrownBy(() -> s.reject("ben", "C-1", "  ")).hasMessageContaining("a rejection needs a comment");
        assertThatThrownBy(() -> s.reject("ben", "C-1", null)).hasMessageContaining("a rejection needs a comment");
        assertThat(s.find("C-1").state()).isEqualTo(CaseState.VERDICT_PROPOSED);
    }

    @Test
    void theSameEvidenceIsAttachedOnceAlsoAfterTheWorkspaceIsReopened() throws Exception {
        inReview();
        s.attach("ana", "C-1", 1);
        long before = s.history("C-1").size();
        assertThatThrownBy(() -> s.attach("ana", "C-1", 1)).hasMessage("C-1: suggestion 1 is already attached as evidence");
        s.close();
        s = desk.open(ws, keys, Access.WRITE); // the evidence read back from the journal is the same finding
        assertThatThrownBy(() -> s.attach("ana", "C-1", 1)).hasMessage("C-1: suggestion 1 is already attached as evidence");
        assertThat(s.find("C-1").evidence()).hasSize(1);
        assertThat(s.history("C-1")).hasSize((int) before);
    }

    @Test
    void badInputIsRefusedWithTheReasonAndRecordsNothing() throws Exception {
        long before = s.history("C-1").size();
        assertThatThrownBy(() -> s.propose("ana", "C-1", "true", "x", sources())).hasMessageContaining("cannot propose a verdict for C-1: it is detected");
        inReview();
        assertThatThrownBy(() -> s.propose("ana", "C-1", "pants-on-fire", "x", sources()))
                .hasMessageContaining("\"pants-on-fire\" is not on the desk's scale (false, mostly-false, half-true, mostly-true, true, misleading, unverifiable)");
        assertThatThrownBy(() -> s.propose("ana", "C-1", "true", "x", List.of())).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> s.propose("ana", "C-1", "true", " ", sources())).hasMessageContaining("needs a rationale");
        assertThatThrownBy(() -> s.propose("zoe", "C-1", "true", "x", sources())).hasMessageContaining("\"zoe\" is not at this desk (people: maria, ana, ben)");
        assertThatThrownBy(() -> s.find("C-99")).hasMessageContaining("no case \"C-99\"");
        assertThatThrownBy(() -> s.attach("ana", "C-1", 7)).hasMessageContaining("C-1 has 1 suggestions (1..1), not 7");
        s.propose("ana", "C-1", "true", "checked", sources());
        s.signOff("ben", "C-1");
        assertThatThrownBy(() -> s.publish("ben", "C-1", "factdesk.example/c-1")).hasMessageContaining("an absolute http(s) URL");
        assertThatThrownBy(() -> s.addPerson("ana", "zed", "Zed", Role.EDITOR)).hasMessageContaining("only an admin adds people");
        assertThatThrownBy(() -> s.addPerson("maria", "Bad Name", "Zed", Role.EDITOR)).hasMessageContaining("is not a user name");
        assertThat(s.history("C-1")).hasSize((int) before + 4);
    }

    @Test
    void aSignOffNeedsTheEditorsOwnPrivateKey() throws Exception {
        inReview();
        s.propose("ana", "C-1", "true", "checked", sources());
        s.close();
        try (DeskSession elsewhere = desk.open(ws, tmp.resolve("other-machine-keys"), Access.WRITE)) {
            assertThatThrownBy(() -> elsewhere.signOff("ben", "C-1")).hasMessageContaining("the private key of ben is not on this machine");
            assertThat(elsewhere.find("C-1").state()).isEqualTo(CaseState.VERDICT_PROPOSED);
        }
        s = desk.open(ws, keys, Access.WRITE);
    }

    @Test
    void aReaderCannotChangeAnything() throws Exception {
        try (DeskSession reader = desk.open(ws, keys, Access.READ_ONLY)) {
            assertThat(reader.cases()).hasSize(2);
            assertThatThrownBy(() -> reader.select("ana", "C-1")).hasMessageContaining("open read-only");
        }
        assertThatThrownBy(() -> desk.open(ws, keys, Access.WRITE)).hasMessageContaining("open for writing in another FactDesk");
    }

    @Test
    void aKeyThatIsNotTheRegisteredOneSignsNothingAndTheAuditFindsAChangedArticle() throws Exception {
        inReview();
        s.propose("ana", "C-1", "true", "checked", sources());
        s.close();
        // ben's key is replaced by an attacker's: the journal still names ben's public key.
        try (var stream = Files.list(keys)) {
            Path benKey = stream.filter(p -> p.getFileName().toString().startsWith("ben-")).findFirst().orElseThrow();
            KeyRing other = new KeyRing(tmp.resolve("attacker"));
            String attackerPublic = other.create("ben");
            try (var a = Files.list(tmp.resolve("attacker"))) {
                Files.copy(a.findFirst().orElseThrow(), benKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(attackerPublic).isNotEmpty();
        }
        s = desk.open(ws, keys, Access.WRITE);
        // the writer checks its own work with the same rules the audit uses: nothing unverifiable is written
        long before = s.history("C-1").size();
        assertThatThrownBy(() -> s.signOff("ben", "C-1")).hasMessageContaining("does not verify with ben's public key");
        assertThat(s.history("C-1")).hasSize((int) before);
        assertThat(s.audit().intact()).isTrue();

        Path doc;
        try (var docs = Files.list(ws.resolve("documents"))) {
            doc = docs.findFirst().orElseThrow();
        }
        Files.writeString(doc, Files.readString(doc).replace("80 billion", "8 billion"));
        assertThat(s.audit().problem()).contains("entry 4 (article.imported by ana)").contains("was changed after it was imported");
    }

    private void deleteSnapshots() throws Exception {
        try (var snaps = Files.list(ws.resolve("snapshots"))) {
            for (Path p : snaps.toList()) {
                Files.delete(p);
            }
        }
    }
}
