package newsdesk.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.article.Article;
import newsdesk.article.ArticleFileException;
import newsdesk.article.ArticleReader;
import newsdesk.article.IngestReport;
import newsdesk.article.ReadResult;

/**
 * Adds articles from Discord and says what became of each: added, updated, already stored, or skipped and why.
 * Runs on a worker: fetching a page can take a while.
 */
final class Adding {
    static final int MAX_LINKS = 5;
    /** Text shorter than this is a comment, not an article. */
    static final int MIN_MESSAGE_WORDS = 20;
    private static final Pattern LINK = Pattern.compile("<?(https?://[^\\s<>]+)>?");
    private static final int TITLE_CHARS = 120;

    /** An attached file as Discord describes it. */
    record Attachment(String fileName, long size, String url) {
    }

    /** A message as "Add to Newsdesk" takes it. */
    record PostedMessage(String id, String text, List<Attachment> attachments, String jumpUrl, String postedAt,
                         String channelName) {
    }

    private final ArticleIntake intake;

    Adding(ArticleIntake intake) {
        this.intake = intake;
    }

    String url(String text) {
        List<String> lines = new ArrayList<>();
        addLink(text.strip(), lines);
        return String.join("\n", lines);
    }

    String attachment(Attachment file) {
        List<String> lines = new ArrayList<>();
        addAttachment(file, lines);
        return String.join("\n", lines);
    }

    /** The links in a message (a few), its supported attachments, and its own text when it reads like an article. */
    String message(PostedMessage m) {
        List<String> lines = new ArrayList<>();
        List<String> links = links(m.text());
        for (String link : links.subList(0, Math.min(MAX_LINKS, links.size()))) {
            addLink(link, lines);
        }
        if (links.size() > MAX_LINKS) {
            lines.add("Only the first " + MAX_LINKS + " links were read; add the others with `/add url:`.");
        }
        m.attachments().forEach(a -> addAttachment(a, lines));
        String ownText = LINK.matcher(m.text()).replaceAll(" ").strip();
        if (ownText.split("\\s+").length >= MIN_MESSAGE_WORDS) {
            addText(m, ownText, lines);
        }
        if (lines.isEmpty()) {
            return "Nothing to add: the message has no links, no article files and too little text to be an article "
                    + "(" + MIN_MESSAGE_WORDS + " words).";
        }
        return String.join("\n", lines);
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text == null ? "" : text);
        while (m.find()) {
            String link = m.group(1).replaceAll("[)\\].,;:!?'\"]+$", "");
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }

    private void addLink(String text, List<String> lines) {
        String shown = "<" + DiscordMarkdown.truncate(text, 200) + ">";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            lines.add("⚠️ Skipped " + DiscordMarkdown.escape(DiscordMarkdown.truncate(text, 200)) + ": not a link");
            return;
        }
        try {
            lines.addAll(receipt(intake.web().read(uri), shown));
        } catch (ArticleFileException e) {
            lines.add("⚠️ Skipped " + shown + ": " + DiscordMarkdown.escape(e.getMessage()));
        }
    }

    private void addAttachment(Attachment file, List<String> lines) {
        String shown = "`" + DiscordMarkdown.truncate(file.fileName().replace("`", "'"), 100) + "`";
        String extension = file.fileName().contains(".")
                ? file.fileName().substring(file.fileName().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!ArticleReader.EXTENSIONS.contains(extension)) {
            lines.add("⚠️ Skipped " + shown + ": only .md, .txt, .html and .json files can be added");
            return;
        }
        if (file.size() > intake.maxBytes()) {
            lines.add("⚠️ Skipped " + shown + ": too large (over the " + intake.maxBytes() + " bytes limit)");
            return;
        }
        try {
            lines.addAll(receipt(intake.web().readFile(URI.create(file.url()), file.fileName()), shown));
        } catch (ArticleFileException | IllegalArgumentException e) {
            lines.add("⚠️ Skipped " + shown + ": " + DiscordMarkdown.escape(e.getMessage()));
        }
    }

    private void addText(PostedMessage m, String text, List<String> lines) {
        String shown = "the message's text";
        try {
            ReadResult read = intake.files().read(text.getBytes(StandardCharsets.UTF_8), "discord-" + m.id() + ".txt",
                    m.jumpUrl());
            List<Article> placed = read.articles().stream().map(a -> new Article(a.id(), a.title(),
                    "#" + m.channelName() + " on Discord", m.postedAt(), m.jumpUrl(), a.text(), m.jumpUrl())).toList();
            lines.addAll(receipt(new ReadResult(placed, read.problems()), shown));
        } catch (ArticleFileException e) {
            lines.add("⚠️ Skipped " + shown + ": " + DiscordMarkdown.escape(e.getMessage()));
        }
    }

    /** Stores what was read and says what became of it. */
    private List<String> receipt(ReadResult read, String shown) {
        List<String> lines = new ArrayList<>();
        read.problems().forEach(p -> lines.add("⚠️ Skipped " + DiscordMarkdown.escape(p.where()) + ": "
                + DiscordMarkdown.escape(p.reason())));
        if (read.articles().isEmpty()) {
            return lines;
        }
        IngestReport report = intake.ingestor().ingest(read.articles());
        report.skipped().forEach(s -> lines.add("⚠️ Skipped " + shown + ": " + DiscordMarkdown.escape(s.reason())));
        if (read.articles().size() == 1 && report.skipped().isEmpty()) {
            String title = "“" + DiscordMarkdown.escape(DiscordMarkdown.truncate(read.articles().get(0).title(), TITLE_CHARS)) + "”";
            if (report.added() == 1) {
                lines.add("✅ Added " + title + " from " + shown);
            } else if (report.updated() == 1) {
                lines.add("🔄 Updated " + title + " from " + shown);
            } else if (!report.duplicates().isEmpty()) {
                lines.add("➖ Not added: " + title + " has the same text as an article already stored");
            } else {
                lines.add("➖ Already stored, unchanged: " + title);
            }
            return lines;
        }
        lines.add("From " + shown + ": " + report.summaryLine() + ".");
        return lines;
    }
}
