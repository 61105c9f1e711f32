package org.factdesk.api.check;

/** How expensive a checker is to run, so desks can choose what runs in batch. */
public enum Cost {
    /** In memory or on local files, milliseconds per claim. */
    LOCAL,
    /** Local but slow: large indexes or models, seconds per claim. */
    SLOW,
    /** Calls a network service. */
    NETWORK
}
