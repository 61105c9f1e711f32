package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private LabelledSentences() {
    }

    static List<Sentence> readJson(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        while ((i = s.indexOf('{', i)) >= 0) {
            int end = s.indexOf('}', i);
            String obj = s.substring(i, end + 1);
            out.add(new Sentence(Long.parseLong(number(obj, "sentence_id")), number(obj, "label").equals("1"), string(obj, "text")));
            i = end + 1;
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": no sentences found");
        }
        return out;
    }

    /** The TSV form: {@code sentence_id<TAB>label<TAB>text} with a header line. */
    static List<Sentence> readTsv(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", 3);
            if (cols.length == 3) {
                out.add(new Sentence(Long.parseLong(cols[0].replace("\"", "")), cols[1].replace("\"", "").equals("1"), cols[2]));
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
