package org.factdesk.claims.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Name keys by position, searched for the first one close to a key as {@link Entities#close} decides: same
 * first letter, lengths within a third of the longer, and an edit distance (optimal string alignment) of at
 * most a third of the longer. The search fills the edit-distance table one row per trie level and leaves a
 * branch as soon as no key below it can be close enough, or be earlier than the best found, so a key meets
 * the few keys near it rather than all of them.
 */
final class KeyTrie {

    private static final class Node {
        /** The position of the first key through this node: children are kept in this order. */
        final int first;
        final char label;
        /** The first position whose key ends here, or -1. */
        int key = -1;
        int minLength = Integer.MAX_VALUE;
        int maxLength;
        /** The letters of the keys from this node's on (its own included), as {@link #bit}s. */
        int letters;
        List<Node> children = List.of();

        Node(char label, int first) {
            this.label = label;
            this.first = first;
        }

        Node child(char c) {
            for (Node n : children) {
                if (n.label == c) {
                    return n;
                }
            }
            return null;
        }
    }

    private final Node root = new Node('\0', 0);

    /** One of 32 bits per letter; letters that share a bit only make the bound on the distance weaker. */
    private static int bit(char c) {
        return 1 << (c & 31);
    }

    /** Adds a key at {@code position}; positions must ascend from one call to the next. */
    void add(String key, int position) {
        int[] after = new int[key.length() + 1]; // after[i]: the letters from i on
        for (int i = key.length() - 1; i >= 0; i--) {
            after[i] = after[i + 1] | bit(key.charAt(i));
        }
        Node node = root;
        node.minLength = Math.min(node.minLength, key.length());
        node.maxLength = Math.max(node.maxLength, key.length());
        for (int i = 0; i < key.length(); i++) {
            Node next = node.child(key.charAt(i));
            if (next == null) {
                next = new Node(key.charAt(i), position);
                if (node.children.isEmpty()) {
                    node.children = new ArrayList<>(2);
                }
                node.children.add(next);
            }
            node = next;
            node.letters |= after[i];
            node.minLength = Math.min(node.minLength, key.length());
            node.maxLength = Math.max(node.maxLength, key.length());
        }
        if (node.key < 0) {
            node.key = position;
        }
    }

    /** The first position before {@code before} whose key is close to {@code x} (of at least five letters), else {@code before}. */
    int firstClose(String x, int before) {
        Node top = root.child(x.charAt(0));
        return top == null ? before : new Search(x, before).from(top);
    }

    /** One search: the table's rows along the trie path it is on. */
    private static final class Search {
        private final char[] x;
        private final int n;
        /** A key longer than this differs from x by more than a third of its length. */
        private final int longest;
        /** rows[d]: the table's row for the path's first d letters. */
        private final int[][] rows;
        /** x's letters, as {@link #bit}s: each one's, and all of them. */
        private final int[] bits;
        private final int letters;
        /** reach[d][m]: the least distance from x of a key that goes on m letters past row d, by lengths alone (see {@link #spread}). */
        private final int[][] reach;
        /** lengths[d]: bit l set where a key of length l below the path's d-th node can be close, by lengths alone. */
        private final long[] lengths;
        private final Node[] path;
        /** The child of path[d] to see next. */
        private final int[] next;
        private int best;

        Search(String x, int before) {
            this.x = x.toCharArray();
            this.n = this.x.length;
            this.longest = n * 3 / 2;
            this.rows = new int[longest + 1][];
            this.bits = new int[n];
            int xLetters = 0;
            for (int i = 0; i < n; i++) {
                bits[i] = bit(this.x[i]);
                xLetters |= bits[i];
            }
            this.letters = xLetters;
            this.reach = new int[longest + 1][];
            this.lengths = new long[longest + 1];
            this.path = new Node[longest + 1];
            this.next = new int[longest + 1];
            this.best = before;
            rows[0] = new int[n + 1];
            for (int j = 0; j <= n; j++) {
                rows[0][j] = j;
            }
            spread(0);
        }

        int from(Node top) {
            if (top.first >= best || !canReach(0, top) || !visit(top, 1)) {
                return best;
            }
            int depth = 1;
            path[1] = top;
            next[1] = 0;
            while (depth >= 1) {
                List<Node> children = path[depth].children;
                if (next[depth] >= children.size() || children.get(next[depth]).first >= best) {
                    depth--; // the children after it came later still
                    continue;
                }
                Node node = children.get(next[depth]++);
                if (canReach(depth, node) && visit(node, depth + 1)) {
                    depth++;
                    path[depth] = node;
                    next[depth] = 0;
                }
            }
            return best;
        }

        /**
         * Whether a key below {@code node}, a child of the path's d-th node, can be close to x: its alignment with
         * x passes through row d, or jumps over it by a transposition from row d - 1, and from there on costs at
         * least an edit per letter one side has more than the other, and one per letter of x that no key below has.
         * A key of length l may differ by a third of max(n, l).
         */
        private boolean canReach(int d, Node node) {
            int from = Math.max(Math.max(node.minLength, d + 1), Math.max(Entities.MIN_FUZZY, (2 * n + 2) / 3));
            int to = Math.min(node.maxLength, longest);
            if (from > to || longest < Long.SIZE && (lengths[d] & (-1L >>> (Long.SIZE - 1 - to)) & (-1L << from)) == 0) {
                return false;
            }
            if ((letters & ~node.letters) == 0) {
                return true; // every letter of x is below: the lengths decide, and they allow it
            }
            return within(d, node.letters, from, to) || d > 0 && within(d - 1, node.letters | bit(path[d].label), from, to);
        }

        /** Whether a key of a length in [from, to] whose letters past row r are among {@code below} can be close to x. */
        private boolean within(int r, int below, int from, int to) {
            int[] row = rows[r];
            int most = Math.max(n, to) / 3;
            int missing = 0; // x's letters from j on that are not below: each costs an edit
            for (int j = n; j >= 0; j--) {
                if (j < n && (below & bits[j]) == 0) {
                    missing++;
                }
                if (row[j] + missing <= most) {
                    for (int l = from; l <= to; l++) {
                        if (row[j] + Math.max(Math.abs(l - r - (n - j)), missing) <= Math.max(n, l) / 3) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Fills the node's row, takes its key if close, and says whether a longer key can be below it. */
        private boolean visit(Node node, int d) {
            fill(d, node.label, d > 1 ? path[d - 1].label : '\0');
            spread(d);
            int distance = rows[d][n];
            int longer = Math.max(n, d);
            if (node.key >= 0 && node.key < best && d >= Entities.MIN_FUZZY && Math.abs(n - d) * 3 <= longer && distance * 3 <= longer) {
                best = node.key;
            }
            return d < longest;
        }

        /**
         * reach[d][m] = min over j of rows[d][j] + |m - (n - j)|: a key that goes on m letters past row d, where x has
         * n - j left, needs that many insertions or deletions more (two passes: a distance transform); and from it and
         * the row before, which lengths of keys below can be close.
         */
        private void spread(int d) {
            int[] row = rows[d];
            int[] f = reach[d] == null ? (reach[d] = new int[n + 1]) : reach[d];
            for (int i = 0; i <= n; i++) {
                f[i] = row[n - i];
            }
            for (int i = 1; i <= n; i++) {
                f[i] = Math.min(f[i], f[i - 1] + 1);
            }
            for (int i = n - 1; i >= 0; i--) {
                f[i] = Math.min(f[i], f[i + 1] + 1);
            }
            long ok = 0;
            for (int l = d + 1; l <= longest && l < Long.SIZE; l++) {
                int atLeast = d == 0 ? reach(0, l) : Math.min(reach(d, l - d), reach(d - 1, l - d + 1));
                if (atLeast * 3 <= Math.max(n, l)) {
                    ok |= 1L << l;
                }
            }
            lengths[d] = ok;
        }

        private int reach(int d, int m) {
            return m <= n ? reach[d][m] : reach[d][n] + m - n;
        }

        /** Row d of the table of x against a key whose d-th letter is c and the one before it b. */
        private void fill(int d, char c, char b) {
            int[] row = rows[d] == null ? (rows[d] = new int[n + 1]) : rows[d];
            int[] up = rows[d - 1];
            int[] upUp = d > 1 ? rows[d - 2] : null;
            row[0] = d;
            for (int j = 1; j <= n; j++) {
                int cost = x[j - 1] == c ? 0 : 1;
                int v = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + cost);
                if (upUp != null && j > 1 && x[j - 2] == c && x[j - 1] == b) {
                    v = Math.min(v, upUp[j - 2] + 1);
                }
                row[j] = v;
            }
        }
    }
}
