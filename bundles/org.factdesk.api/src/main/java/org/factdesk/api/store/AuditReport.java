package org.factdesk.api.store;

import java.util.List;

/**
 * The result of checking a workspace's journal.
 *
 * @param intact    true if every check passed
 * @param entries   how many entries were read
 * @param head      the hash of the last entry that verified
 * @param firstBad  the sequence number (1-based line position) of the first entry that does
 *                  not verify, or 0 if none
 * @param problem   what is wrong with it, or {@code ""}
 * @param checks    what was checked, one line each (for the report)
 */
public record AuditReport(boolean intact, long entries, String head, long firstBad, String problem, List<String> checks) {
    /** Copies the list. */
    public AuditReport {
        checks = List.copyOf(checks);
    }
}
