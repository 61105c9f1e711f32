package org.factdesk.importer.feeds.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.factdesk.api.article.Article;
import org.factdesk.api.article.ArticleImporter;
import org.factdesk.api.article.ImportException;
import org.factdesk.api.article.ImportSource;
import org.factdesk.importer.support.Binary;
import org.factdesk.importer.support.Decoding;
import org.factdesk.importer.support.SizeLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * RSS 2.0 (and 0.9x/1.0) and Atom feeds: every item or entry becomes an article whose source is
 * its link. The feed is streamed with the JDK's StAX parser, with DTDs, external entities and
 * entity expansion switched off, so a hostile feed can neither read local files nor blow up.
 */
@Component(property = {ArticleImporter.FORMAT + "=feed", ArticleImporter.EXTENSIONS + "=rss",
        ArticleImporter.EXTENSIONS + "=atom", ArticleImporter.EXTENSIONS + "=xml"})
@Designate(ocd = FeedImporter.Config.class)
public class FeedImporter implements ArticleImporter {

    @ObjectClassDefinition(name = "FactDesk feed importer")
    public @interface Config {
        @AttributeDefinition(description = "Largest feed imported, in MiB; larger ones are refused rather than read.")
        int maxSizeMiB() default 64;

        @AttributeDefinition(description = "Most items or entries imported from one feed; a feed with more is refused.")
        int maxItems() default 50_000;
    }

    static final String FORMAT = "feed";

    /** How much of the start is looked at for the encoding and for entity declarations. */
    private static final int HEAD = 64 * 1024;
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)");

    private final SizeLimit limit;
    private final int maxItems;
    private final XMLInputFactory factory = secureFactory();

    @Activate
    public FeedImporter(Config config) {
        this((long) config.maxSizeMiB() << 20, config.maxItems());
    }

    FeedImporter(long maxBytes, int maxItems) {
        this.limit = new SizeLimit(FORMAT, maxBytes, "maxSizeMiB");
        this.maxItems = maxItems;
    }

    /** StAX without DTDs or external entities: no XXE, no billion laughs, no network access. */
    static XMLInputFactory secureFactory() {
        // The JDK's own parser, not whatever a bundle's class loader would find through the service loader.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    @Override
    public int sniff(byte[] head, String location) {
        return FeedSniffer.score(head);
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String where = source.location();
        limit.check(source);
        List<String> warnings = new ArrayList<>();
        try {
            return parse(source, null, warnings);
        } catch (WrongEncoding e) {
            // Feeds declared (or defaulting to) UTF-8 but saved as Windows-1252 are common; a reader wants the text.
            warnings.add("the feed is not valid " + e.charset.name() + " as declared; read as windows-1252");
            try {
                return parse(source, Decoding.WINDOWS_1252, warnings);
            } catch (WrongEncoding impossible) {
                throw new ImportException(where, FORMAT, "cannot decode the feed", -1, -1, impossible);
            }
        }
    }

    /** The bytes are not in the encoding the feed declares. */
    private static final class WrongEncoding extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Charset charset;

        WrongEncoding(Charset charset) {
            super(charset.name(), null, false, false);
            this.charset = charset;
        }
    }

    private List<Article> parse(ImportSource source, Charset forced, List<String> warnings)
            throws ImportException, WrongEncoding {
        Charset charset = StandardCharsets.UTF_8;
        String where = source.location();
        try (InputStream raw = source.open()) {
            BufferedInputStream in = new BufferedInputStream(limit.limit(raw), HEAD);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            checkHead(where, head);
            charset = forced != null ? forced : declared(head);
            skipBom(in, charset);
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(forced != null ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            XMLStreamReader xml = factory.createXMLStreamReader(reader);
            try {
                boolean declaresEntities = new String(head, StandardCharsets.ISO_8859_1).contains("<!ENTITY");
                return new FeedParser(xml, where, maxItems, declaresEntities, warnings).articles();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof CharacterCodingException && forced == null) {
                throw new WrongEncoding(charset);
            }
            throw translate(where, e, cause);
        } catch (IOException e) {
            if (e instanceof CharacterCodingException && forced == null) {
                throw new WrongEncoding(charset);
            }
            if (e instanceof SizeLimit.TooLarge) {
                throw limit.tooLarge(where);
            }
            throw new ImportException(where, FORMAT, "cannot read: " + e.getMessage(), -1, -1, e);
        }
    }

    private ImportException translate(String where, XMLStreamException e, Throwable cause) {
        if (cause instanceof SizeLimit.TooLarge) {
            return limit.tooLarge(where);
        }
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
        String message = String.valueOf(e.getMessage());
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        Matcher undeclared = Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared\\.").matcher(message);
        if (undeclared.find()) {
            message = "entity &" + undeclared.group(1) + "; is not defined (feeds are read without DTDs, so only "
                    + "&amp; &lt; &gt; &quot; &apos; and numeric character references work)";
        } else if (message.contains("must start and end within the same entity")) {
            message = "the feed ends before its elements are closed (truncated?)";
        } else {
            message = "malformed XML: " + message.strip();
        }
        return new ImportException(where, FORMAT, message, line, column, e);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        for (int i = 0; i < 10 && c.getCause() != null; i++) {
            c = c.getCause();
        }
        if (c instanceof XMLStreamException x && x.getNestedException() != null) {
            return x.getNestedException();
        }
        return c;
    }

    private static void checkHead(String where, byte[] head) throws ImportException {
        if (head.length == 0) {
            throw new ImportException(where, FORMAT, "file is empty");
        }
        // UTF-16 text is full of NUL bytes; anything else with one is binary.
        int nul = declared(head).name().startsWith("UTF-16") ? -1 : Binary.firstNul(head);
        if (nul >= 0) {
            throw new ImportException(where, FORMAT, "binary data, not a feed (NUL byte at offset " + nul + ")");
        }
    }

    /** The encoding from a byte-order mark or the XML declaration; UTF-8 as XML says when neither is there. */
    static Charset declared(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        Matcher m = XML_ENCODING.matcher(start);
        Charset label = m.find() ? Decoding.forLabel(m.group(1)) : null;
        // An unknown label is read as UTF-8, the XML default.
        return label != null ? label : StandardCharsets.UTF_8;
    }

    private static void skipBom(BufferedInputStream in, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)) {
            in.mark(2);
            int a = in.read();
            int b = in.read();
            if (!((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE))) {
                in.reset();
            }
            return;
        }
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }
}
