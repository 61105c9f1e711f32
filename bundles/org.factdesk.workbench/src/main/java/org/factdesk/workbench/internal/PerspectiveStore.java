package org.factdesk.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Perspectives and the workbench's own state, as JSON files in the user's workbench folder
 * ({@code ~/.factdesk/workbench}, or {@code factdesk.workbench.dir}):
 *
 * <pre>
 * perspectives/check.json   the user's layout of a perspective (absent: the stock one)
 * workbench.json            theme, last perspective, recent workspaces, views already seen
 * </pre>
 *
 * A perspective file:
 *
 * <pre>
 * {"format": 1, "id": "check", "label": "Check",
 *  "window": {"x": 40, "y": 30, "width": 1440, "height": 900, "maximized": false},
 *  "layout": {"split": "horizontal", "proportion": 0.22,
 *             "first":  {"area": "left", "views": ["org.factdesk.view.triage"]},
 *             "second": {"area": "center", "views": ["org.factdesk.view.article"], "selected": "org.factdesk.view.article"}}}
 * </pre>
 *
 * A file that cannot be read or makes no sense is never fatal: the stock perspective is used and a
 * warning says why. View ids are kept as they are, provided now or not.
 */
final class PerspectiveStore {

    static final int FORMAT = 1;
    /** Stock perspectives, in the order the Window menu lists them. */
    static final List<String> STOCK = List.of("check", "review", "plugins");
    private static final int MAX_DEPTH = 32;
    private static final int MAX_RECENT = 8;

    private final Path dir;
    private final Consumer<String> warn;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param dir  the user's workbench folder (created when something is saved)
     * @param warn where problems with the files go (the log)
     */
    PerspectiveStore(Path dir, Consumer<String> warn) {
        this.dir = dir;
        this.warn = warn;
    }

    Path dir() {
        return dir;
    }

    Path file(String id) {
        return dir.resolve("perspectives").resolve(id + ".json");
    }

    /** @return the user's layout of a stock perspective, or the stock one if the user has none or it is broken */
    Perspective load(String id) {
        Path f = file(id);
        if (Files.isRegularFile(f)) {
            try {
                Perspective p = parse(Files.readString(f, StandardCharsets.UTF_8));
                if (p.id().equals(id)) {
                    return p;
                }
                warn.accept("perspective file " + f + " is for \"" + p.id() + "\", not \"" + id + "\": using the stock perspective");
            } catch (IOException | IllegalArgumentException e) {
                warn.accept("perspective file " + f + " cannot be used (" + e.getMessage() + "): using the stock perspective");
            }
        }
        return stock(id);
    }

    /** @return the perspective as FactDesk ships it */
    static Perspective stock(String id) {
        String resource = "perspectives/" + id + ".json";
        try (InputStream in = PerspectiveStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no stock perspective \"" + id + "\"");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the stock perspective " + id, e);
        }
    }

    /** Writes the user's layout (atomically: a reader never sees half a file). */
    void save(Perspective p) throws IOException {
        writeAtomically(file(p.id()), write(p));
    }

    /** Forgets the user's layout: the stock perspective comes back. */
    Perspective reset(String id) throws IOException {
        Files.deleteIfExists(file(id));
        return stock(id);
    }

    // ---- the format

    /**
     * @throws IllegalArgumentException saying what is wrong, if the text is not a perspective
     */
    static Perspective parse(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        int format = root.path("format").asInt(FORMAT);
        if (format != FORMAT) {
            throw new IllegalArgumentException("format " + format + " is not known (this FactDesk reads format " + FORMAT + ")");
        }
        String id = text(root, "id");
        String label = root.path("label").asText(id);
        Perspective.Bounds bounds = null;
        JsonNode w = root.get("window");
        if (w != null && w.isObject()) {
            int width = w.path("width").asInt(0);
            int height = w.path("height").asInt(0);
            if (width >= 200 && height >= 150) {
                bounds = new Perspective.Bounds(w.path("x").asInt(0), w.path("y").asInt(0), width, height, w.path("maximized").asBoolean(false));
            }
        }
        JsonNode layout = root.get("layout");
        // a view docks in one place: a later mention is dropped, and a part left empty with it
        Perspective.Node node = layout == null || layout.isNull() ? null : node(layout, 0, new java.util.HashSet<>());
        return new Perspective(id, label, bounds, node);
    }

    private static Perspective.Node node(JsonNode n, int depth, Set<String> seen) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("layout nested deeper than " + MAX_DEPTH);
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("a layout part is not an object: " + n);
        }
        if (n.has("split")) {
            String split = n.get("split").asText();
            if (!split.equals("horizontal") && !split.equals("vertical")) {
                throw new IllegalArgumentException("split is \"" + split + "\", not horizontal or vertical");
            }
            JsonNode first = n.get("first");
            JsonNode second = n.get("second");
            if (first == null || second == null) {
                throw new IllegalArgumentException("a split needs first and second");
            }
            double p = n.path("proportion").asDouble(0.5);
            Perspective.Node a = node(first, depth + 1, seen);
            Perspective.Node b = node(second, depth + 1, seen);
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return new Perspective.Split(split.equals("horizontal"), p, a, b);
        }
        JsonNode views = n.get("views");
        if (views == null || !views.isArray() || views.isEmpty()) {
            throw new IllegalArgumentException("a stack needs views: a list of view ids");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode v : views) {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new IllegalArgumentException("a view id is not a string: " + v);
            }
            if (seen.add(v.asText())) {
                ids.add(v.asText());
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        String selected = n.hasNonNull("selected") ? n.get("selected").asText() : null;
        return new Perspective.Stack(n.path("area").asText(""), new ArrayList<>(ids), selected);
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        String s = v.asText();
        if (!s.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("\"" + field + "\" is not a plain name: " + s);
        }
        return s;
    }

    static String write(Perspective p) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", p.id());
        root.put("label", p.label());
        if (p.window() != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", p.window().x());
            w.put("y", p.window().y());
            w.put("width", p.window().width());
            w.put("height", p.window().height());
            w.put("maximized", p.window().maximized());
        }
        if (p.layout() != null) {
            root.set("layout", write(m, p.layout()));
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode write(ObjectMapper m, Perspective.Node node) {
        ObjectNode o = m.createObjectNode();
        if (node instanceof Perspective.Split s) {
            o.put("split", s.horizontal() ? "horizontal" : "vertical");
            o.put("proportion", Math.round(s.proportion() * 1000) / 1000.0);
            o.set("first", write(m, s.first()));
            o.set("second", write(m, s.second()));
        } else if (node instanceof Perspective.Stack s) {
            if (!s.area().isEmpty()) {
                o.put("area", s.area());
            }
            ArrayNode views = o.putArray("views");
            s.views().forEach(views::add);
            if (s.selected() != null) {
                o.put("selected", s.selected());
            }
        }
        return o;
    }

    // ---- the workbench's state

    /**
     * What the workbench remembers besides layouts.
     *
     * @param theme       {@code light} or {@code dark}
     * @param perspective the perspective open last
     * @param workspaces  recent workspaces, most recent first
     * @param knownViews  views the user has seen: a view that arrives and is not among them is docked
     *                    even where the perspective does not name it
     */
    record State(String theme, String perspective, List<String> workspaces, Set<String> knownViews) {
        State {
            workspaces = List.copyOf(workspaces);
            knownViews = Set.copyOf(knownViews);
        }

        State withTheme(String t) {
            return new State(t, perspective, workspaces, knownViews);
        }

        State withPerspective(String p) {
            return new State(theme, p, workspaces, knownViews);
        }

        State withWorkspace(String w) {
            List<String> list = new ArrayList<>();
            list.add(w);
            workspaces.stream().filter(x -> !x.equals(w)).limit(MAX_RECENT - 1).forEach(list::add);
            return new State(theme, perspective, list, knownViews);
        }

        State withKnownView(String v) {
            Set<String> s = new LinkedHashSet<>(knownViews);
            s.add(v);
            return new State(theme, perspective, workspaces, s);
        }
    }

    /** @return the state, or the defaults (light theme, Check perspective, the stock views known) */
    State loadState() {
        Set<String> known = new LinkedHashSet<>();
        STOCK.forEach(id -> known.addAll(stock(id).views()));
        State defaults = new State("light", STOCK.get(0), List.of(), known);
        Path f = dir.resolve("workbench.json");
        if (!Files.isRegularFile(f)) {
            return defaults;
        }
        try {
            JsonNode root = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            List<String> ws = new ArrayList<>();
            root.path("recentWorkspaces").forEach(n -> ws.add(n.asText()));
            root.path("knownViews").forEach(n -> known.add(n.asText()));
            String theme = root.path("theme").asText("light");
            return new State(theme.equals("dark") ? "dark" : "light", root.path("perspective").asText(STOCK.get(0)), ws, known);
        } catch (IOException e) {
            warn.accept("workbench state " + f + " cannot be used (" + e.getMessage() + "): starting from defaults");
            return defaults;
        }
    }

    void saveState(State s) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("theme", s.theme());
        root.put("perspective", s.perspective());
        ArrayNode ws = root.putArray("recentWorkspaces");
        s.workspaces().forEach(ws::add);
        ArrayNode kv = root.putArray("knownViews");
        s.knownViews().stream().sorted().forEach(kv::add);
        writeAtomically(dir.resolve("workbench.json"), json.writeValueAsString(root) + "\n");
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
