package org.factdesk.importer.ninjs.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.SizeLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * IPTC ninjs (News in JSON) 1.x, 2.x and 3.x. The document is checked against the ninjs JSON
 * Schema of its version (see {@link NinjsSchemas}) and then mapped to an {@link Article}: the
 * body (plain text kept as is, HTML turned into paragraphs) is the text claims point into.
 * A top-level JSON array is read as a collection of items, one article each.
 */
@Component(property = {ArticleImporter.FORMAT + "=ninjs", ArticleImporter.EXTENSIONS + "=json"})
@Designate(ocd = NinjsImporter.Config.class)
public class NinjsImporter implements ArticleImporter {

    @ObjectClassDefinition(name = "FactDesk ninjs importer")
    public @interface Config {
        @AttributeDefinition(description = "Largest file imported, in MiB; larger ones are refused rather than read.")
        int maxSizeMiB() default 64;

        @AttributeDefinition(description = "Validate every item against the IPTC ninjs JSON Schema of its version.")
        boolean validate() default true;

        @AttributeDefinition(description = "ninjs version assumed for documents that do not declare one "
                + "(for example 1.0, 2.1, 3.1); empty: infer the version family from the property names.")
        String assumeVersion() default "";

        @AttributeDefinition(description = "Refuse items that break the schema only in properties FactDesk does not read "
                + "(an agency's extensions, a $schema of its own) instead of importing them with a warning.")
        boolean strict() default false;
    }

    static final String FORMAT = "ninjs";

    private final SizeLimit limit;
    private final boolean validate;
    private final boolean strict;
    private final String assumeVersion;
    private final ObjectMapper mapper;
    private final NinjsSchemas schemas;

    @Activate
    public NinjsImporter(Config config) {
        this((long) config.maxSizeMiB() << 20, config.validate(), config.assumeVersion(), config.strict());
    }

    NinjsImporter(long maxBytes, boolean validate, String assumeVersion) {
        this(maxBytes, validate, assumeVersion, false);
    }

    NinjsImporter(long maxBytes, boolean validate, String assumeVersion, boolean strict) {
        this.limit = new SizeLimit(FORMAT, maxBytes, "maxSizeMiB");
        this.validate = validate;
        this.strict = strict;
        this.assumeVersion = assumeVersion == null || assumeVersion.isBlank() ? null : assumeVersion.strip();
        if (this.assumeVersion != null && !NinjsSchemas.isKnown(this.assumeVersion)) {
            throw new IllegalArgumentException("unknown ninjs version " + assumeVersion + "; known: " + NinjsSchemas.VERSIONS);
        }
        // Limits keep hostile input (deep nesting, huge numbers) from costing stack or time.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                        .maxNumberLength(100).maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes)).build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.schemas = new NinjsSchemas();
    }

    @Override
    public int sniff(byte[] head, String location) {
        return Sniffer.score(head, location);
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        return read(source, null);
    }

    /**
     * @param version ninjs version to validate every item against whatever it declares (IPTC's
     *                suite does this: its files declare nothing or a deliberately wrong version),
     *                or {@code null} to use the declared, configured or inferred version
     */
    List<Article> read(ImportSource source, String version) throws ImportException {
        String where = source.location();
        byte[] bytes = limit.readAll(source);
        if (bytes.length == 0) {
            throw new ImportException(where, FORMAT, "file is empty");
        }
        JsonNode root = parse(where, bytes);
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
            if (items.isEmpty()) {
                throw new ImportException(where, FORMAT, "empty JSON array: no ninjs items");
            }
        } else {
            items.add(root);
        }
        List<Article> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemWhere = root.isArray() ? where + "[" + i + "]" : where;
            articles.add(toArticle(itemWhere, items.get(i), version));
        }
        return List.copyOf(articles);
    }

    private Article toArticle(String where, JsonNode item, String forced) throws ImportException {
        if (!item.isObject()) {
            throw new ImportException(where, FORMAT, "not a ninjs item: expected a JSON object, found " + kind(item));
        }
        List<String> tries = versionsToTry(item, forced);
        if (!validate) {
            return NinjsMapping.toArticle(where, FORMAT, tries.get(0), item);
        }
        Validated v = validated(where, item, tries);
        Article a = NinjsMapping.toArticle(where, FORMAT, v.version(), item);
        if (v.ignored().isEmpty()) {
            return a;
        }
        // Valid but for properties FactDesk does not read: imported, and the desk is told (--strict refuses it).
        Map<String, String> meta = new LinkedHashMap<>(a.metadata());
        String warning = "not valid ninjs " + v.version() + " in properties FactDesk does not read: " + summary(v.ignored());
        meta.merge(WARNING, warning, (old, added) -> old + "; " + added);
        return new Article(a.id(), a.source(), a.format(), a.headline(), a.byline(), a.published(), a.language(), a.text(),
                a.paragraphs(), meta);
    }

    /** The metadata key of warnings about an imported item, as the other importers write it. */
    static final String WARNING = "warning";

    /** The version an item was validated against, and the violations that do not touch what FactDesk reads. */
    private record Validated(String version, List<NinjsSchemas.Violation> ignored) {
    }

    /**
     * A forced version alone; else the declared one ({@code standard}/{@code $standard}), then the
     * configured default, then the family the property names point to, newest first. Agencies
     * sometimes declare a version their item does not follow, hence the fallbacks.
     */
    private List<String> versionsToTry(JsonNode item, String forced) {
        if (forced != null) {
            return List.of(forced);
        }
        java.util.LinkedHashSet<String> tries = new java.util.LinkedHashSet<>();
        String declared = NinjsSchemas.declaredVersion(item);
        if (declared != null) {
            tries.add(declared);
        }
        if (assumeVersion != null) {
            tries.add(assumeVersion);
        }
        tries.addAll(NinjsSchemas.candidates(item));
        return List.copyOf(tries);
    }

    /**
     * Validates against each version in turn: the first that accepts the item, else the first whose
     * only violations are in properties FactDesk does not read ({@link NinjsMapping#READ}: an agency's
     * own extensions, a {@code $schema} of its own), else a refusal naming the first version's violations.
     */
    private Validated validated(String where, JsonNode item, List<String> tries) throws ImportException {
        List<NinjsSchemas.Violation> firstErrors = null;
        Validated lenient = null;
        for (String v : tries) {
            List<NinjsSchemas.Violation> errors = schemas.validate(v, item);
            if (errors.isEmpty()) {
                return new Validated(v, List.of());
            }
            if (firstErrors == null) {
                firstErrors = errors;
            }
            if (lenient == null && errors.stream().allMatch(NinjsImporter::unread)) {
                lenient = new Validated(v, errors);
            }
        }
        if (lenient != null && !strict) {
            return lenient;
        }
        String name = "ninjs " + tries.get(0) + (tries.size() > 1 ? " (nor " + String.join(", ", tries.subList(1, tries.size())) + ")" : "");
        throw new ImportException(where, FORMAT, "not valid " + name + ": " + summary(firstErrors));
    }

    /** A violation in a top-level property FactDesk never reads. */
    private static boolean unread(NinjsSchemas.Violation v) {
        return v.property() != null && !NinjsMapping.READ.contains(v.property()) && !NinjsMapping.READ_PREFIXES.stream()
                .anyMatch(v.property()::startsWith);
    }

    private static String summary(List<NinjsSchemas.Violation> errors) {
        List<String> list = errors.stream().map(Object::toString).toList();
        String shown = String.join("; ", list.subList(0, Math.min(3, list.size())));
        return list.size() > 3 ? shown + " (and " + (list.size() - 3) + " more)" : shown;
    }

    private JsonNode parse(String where, byte[] bytes) throws ImportException {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new ImportException(where, FORMAT, "file has no JSON (only whitespace)");
            }
            if (!root.isObject() && !root.isArray()) {
                throw new ImportException(where, FORMAT, "not ninjs: the document is a JSON " + kind(root) + ", not an object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw located(where, "JSON too deeply nested or too large: " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            String msg = firstLine(e.getOriginalMessage());
            if (e.getCause() instanceof CharConversionException || msg.contains("UTF-8") || msg.contains("UTF8")) {
                throw located(where, "not UTF-8 encoded JSON: " + msg, e);
            }
            throw located(where, "malformed JSON: " + msg, e);
        } catch (CharConversionException e) {
            throw new ImportException(where, FORMAT, "not UTF-8 encoded JSON: " + firstLine(e.getMessage()), -1, -1, e);
        } catch (IOException e) {
            throw new ImportException(where, FORMAT, "cannot read: " + e.getMessage(), -1, -1, e);
        }
    }

    private static ImportException located(String where, String message, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        long line = loc == null ? -1 : loc.getLineNr();
        long column = loc == null ? -1 : loc.getColumnNr();
        return new ImportException(where, FORMAT, message, line, column, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Recognises ninjs by its top-level property names, reading only the head of the content. */
    static final class Sniffer {
        private static final JsonFactory FACTORY = new JsonFactory();
        /** Names only ninjs uses at the top level (1.x, 2.x and 3.x spellings). */
        private static final Set<String> NINJS = Set.of("headline", "headlines", "body_text", "body_html", "body_xhtml",
                "bodies", "byline", "by", "versioncreated", "versionCreated", "firstcreated", "firstCreated",
                "contentcreated", "contentCreated", "pubstatus", "pubStatus", "representationtype", "representationType",
                "copyrightholder", "copyrightHolder", "copyrightnotice", "copyrightNotice", "$standard", "standard",
                "renditions", "associations", "descriptions", "description_text", "urgency", "slugline", "embargoed",
                "eventDetails", "altids", "altIds", "usageterms", "usageTerms", "ednote", "edNote");

        private Sniffer() {
        }

        static int score(byte[] head, String location) {
            boolean json = location != null && location.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
            int ninjs = 0;
            boolean uri = false;
            boolean object = false;
            try (JsonParser p = FACTORY.createParser(head)) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    t = p.nextToken(); // a collection: judge by its first item
                }
                if (t != JsonToken.START_OBJECT) {
                    return 0;
                }
                object = true;
                while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
                    if (t == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        if (name.equals("uri")) {
                            uri = true;
                        } else if (NINJS.contains(name) || name.startsWith("body_") || name.startsWith("headline_")) {
                            ninjs++;
                        }
                        p.nextToken();
                        p.skipChildren();
                    }
                }
            } catch (IOException | RuntimeException truncatedOrNotJson) {
                // The head is cut at 8 KiB: judge by what was read so far.
            }
            if (!object) {
                return 0;
            }
            if (uri && ninjs >= 1) {
                return ninjs >= 2 ? 90 : 70;
            }
            if (ninjs >= 2) {
                return 60;
            }
            // A JSON object with a ninjs-like name or .json: plausible, above plain text (10).
            return ninjs == 1 || (uri && json) ? 30 : 0;
        }
    }

    /** Insertion-ordered metadata without null values. */
    static Map<String, String> meta() {
        return new LinkedHashMap<>();
    }
}
