package org.factdesk.importer.testkit;

/** Realistic generated feeds of news items with HTML bodies: for the feed importer's size tests and its throughput benchmark. */
public final class GeneratedFeeds {
    private static final String[] SENTENCES = {
        "The council approved the budget on Tuesday, raising spending on schools by 4.5% to $312 million.",
        "\"We have never seen numbers like these,\" said Maria Lopez, the city's chief financial officer.",
        "Critics, including two members of the opposition, said the figures did not add up.",
        "According to the statistics office, unemployment fell to 3.9% in March, the lowest level since 2019.",
        "The company reported revenue of &euro;2.1 billion, up from &euro;1.8 billion a year earlier.",
        "Officials declined to comment on the report, citing an ongoing investigation.",
    };

    private GeneratedFeeds() {
    }

    /** An RSS 2.0 feed of {@code items} items with {@code paragraphs} HTML paragraphs each. */
    public static String rss(int items, int paragraphs) {
        StringBuilder sb = new StringBuilder(items * paragraphs * 300 + 1000);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Generated</title>\n<link>https://news.example/</link>\n"
                + "<language>en</language>\n");
        for (int i = 0; i < items; i++) {
            sb.append("<item>\n<title>Story number ").append(i).append(" about the budget</title>\n<link>https://news.example/story/")
                    .append(i).append("</link>\n<guid>https://news.example/story/").append(i).append("</guid>\n")
                    .append("<pubDate>Tue, 03 Jun 2008 11:05:30 GMT</pubDate>\n<dc:creator>Staff reporter</dc:creator>\n")
                    .append("<description>").append(SENTENCES[i % SENTENCES.length].replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("</description>\n<content:encoded><![CDATA[");
            for (int p = 0; p < paragraphs; p++) {
                sb.append("<p>");
                for (int s = 0; s < 3; s++) {
                    sb.append(SENTENCES[(i + p + s) % SENTENCES.length]).append(s < 2 ? " " : "");
                }
                sb.append(" <a href=\"https://news.example/x\">More</a> on <em>this</em>.</p>\n");
            }
            sb.append("]]></content:encoded>\n</item>\n");
        }
        return sb.append("</channel>\n</rss>\n").toString();
    }

    /** An Atom feed of {@code entries} entries with escaped HTML content. */
    public static String atom(int entries, int paragraphs) {
        StringBuilder sb = new StringBuilder(entries * paragraphs * 350 + 1000);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
                + "<title>Generated</title>\n<id>urn:x</id>\n<updated>2024-01-01T00:00:00Z</updated>\n");
        for (int i = 0; i < entries; i++) {
            sb.append("<entry>\n<title>Entry ").append(i).append("</title>\n<link rel=\"alternate\" href=\"https://news.example/e/")
                    .append(i).append("\"/>\n<id>urn:e:").append(i).append("</id>\n<published>2024-01-01T10:00:00Z</published>\n")
                    .append("<updated>2024-01-02T10:00:00Z</updated>\n<author><name>Staff</name></author>\n<content type=\"html\">");
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder para = new StringBuilder("<p>");
                for (int s = 0; s < 3; s++) {
                    para.append(SENTENCES[(i + p + s) % SENTENCES.length]).append(' ');
                }
                para.append("</p>\n");
                sb.append(para.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
            sb.append("</content>\n</entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }
}
