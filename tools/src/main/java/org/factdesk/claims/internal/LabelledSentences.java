package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factdesk.tools.DataException;

/**
 * The ClaimBuster sentences ({@code 2.5xNCS.json}: an array of {sentence_id, label, text}) and
 * the fixed train/test split every FactDesk figure is reported on.
 */
final class LabelledSentences {

    record Sentence(long id, boolean checkWorthy, String text) {
        /** One in five sentences, chosen by a hash of the id, is held out for testing and never trained on. */
        boolean heldOut() {
            return Math.floorMod(id * 0x9E3779B97F4A7C15L >>> 17, 5) == 0;
        }
    }

    static final String JSON_FORM = "a JSON array of {sentence_id, label, text} objects";
    static final String TSV_FORM = "a header line, then sentence_id<TAB>label<TAB>text";

    private LabelledSentences() {
    }

    static List<Sentence> readJson(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        int last = 0;
        while ((i = s.indexOf('{', i)) >= 0) {
            int end = s.indexOf('}', i);
            if (end < 0) {
                throw new DataException(file, "the object at character " + i + " is never closed (a truncated file?)", JSON_FORM);
            }
            String obj = s.substring(i, end + 1);
            for (String key : List.of("sentence_id", "label", "text")) {
                if (!obj.contains("\"" + key + "\"")) {
                    throw new DataException(file, "the object at character " + i + " has no \"" + key + "\"", JSON_FORM);
                }
            }
            String id = number(obj, "sentence_id");
            if (id.isEmpty() || id.equals("-")) {
                throw new DataException(file, "the object at character " + i + " has no numeric sentence_id", JSON_FORM);
            }
            out.add(new Sentence(Long.parseLong(id), number(obj, "label").equals("1"), string(obj, "text")));
            i = end + 1;
            last = i;
        }
        if (out.isEmpty()) {
            throw new DataException(file, "no sentences found", JSON_FORM);
        }
        if (s.indexOf(']', last) < 0) {
            throw new DataException(file, "ends after " + out.size() + " sentences without the closing ] (a truncated file?)", JSON_FORM);
        }
        return out;
    }

    /** The TSV form: {@code sentence_id<TAB>label<TAB>text} with a header line. */
    static List<Sentence> readTsv(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            String[] cols = lines.get(n).split("\t", 3);
            if (cols.length == 3) {
                long id;
                try {
                    id = Long.parseLong(cols[0].replace("\"", ""));
                } catch (NumberFormatException e) {
                    throw new DataException(file, "line " + (n + 1) + ": sentence_id \"" + cols[0] + "\" is not a number", TSV_FORM);
                }
                out.add(new Sentence(id, cols[1].replace("\"", "").equals("1"), cols[2]));
            }
        }
        return out;
    }

    private static String number(String obj, String key) {
        int k = obj.indexOf("\"" + key + "\"");
        int colon = obj.indexOf(':', k);
        int j = colon + 1;
        while (Character.isWhitespace(obj.charAt(j))) {
            j++;
        }
        int e = j;
        while (e < obj.length() && (Character.isDigit(obj.charAt(e)) || obj.charAt(e) == '-')) {
            e++;
        }
        return obj.substring(j, e);
    }

    /** A JSON string value, with the escapes JSON allows. */
    private static String string(String obj, String key) {
        int k = obj.indexOf("\"" + key + "\"");
        int q = obj.indexOf('"', obj.indexOf(':', k) + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = q + 1; i < obj.length(); i++) {
            char c = obj.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char n = obj.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(obj.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
