package org.factdesk.api.desk;

import java.time.Instant;

/**
 * An editor's sign-off of a verdict, signed with the editor's Ed25519 key.
 *
 * @param editor    who signed off
 * @param at        when
 * @param verdict   the hash of the journal entry of the verdict signed off
 * @param signature Base64 Ed25519 signature over {@link #payload(String, String, String, Instant)}
 */
public record SignOff(String editor, Instant at, String verdict, String signature) {

    /**
     * The exact text a sign-off signature covers.
     *
     * @param caseId  the case
     * @param verdict the verdict's journal entry hash
     * @param editor  the editor
     * @param at      the time of the sign-off
     * @return the text to sign, UTF-8 encoded by signers
     */
    public static String payload(String caseId, String verdict, String editor, Instant at) {
        return "factdesk sign-off v1\ncase " + caseId + "\nverdict " + verdict + "\neditor " + editor + "\nat " + at + "\n";
    }
}
