package newsdesk.discord;

import static newsdesk.discord.DiscordMarkdown.escape;
import static newsdesk.discord.DiscordMarkdown.oneLine;
import static newsdesk.discord.DiscordMarkdown.truncate;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import newsdesk.answer.Citation;

/**
 * An answer's sources as embeds under it, one per citation: "[n] title" linked to the article, the source as
 * author, the quoted sentence, the date, in the Newsdesk colour. Discord takes at most ten embeds and 6,000
 * characters of them per message; quotes are shortened to fit, and citations past the tenth are left to the text.
 */
final class CitationEmbeds {
    static final int COLOUR = 0x2F6FDE;
    static final int MAX_EMBEDS = Message.MAX_EMBED_COUNT;
    static final int QUOTE_LIMIT = 300;
    private static final int TITLE_LIMIT = 200;
    private static final int SOURCE_LIMIT = 100;
    private static final int SHORTEST_QUOTE = 60;

    private CitationEmbeds() {
    }

    /** The embeds for the first ten citations (in the order given). */
    static List<MessageEmbed> of(List<Citation> citations) {
        List<Citation> shown = citations.subList(0, Math.min(MAX_EMBEDS, citations.size()));
        for (int quoteLimit = QUOTE_LIMIT; ; quoteLimit /= 2) {
            List<MessageEmbed> embeds = new ArrayList<>();
            int total = 0;
            for (Citation c : shown) {
                MessageEmbed e = embed(c, quoteLimit);
                embeds.add(e);
                total += e.getLength();
            }
            if (total <= MessageEmbed.EMBED_MAX_LENGTH_BOT || quoteLimit < SHORTEST_QUOTE) {
                return embeds;
            }
        }
    }

    static MessageEmbed embed(Citation c, int quoteLimit) {
        EmbedBuilder b = new EmbedBuilder().setColor(COLOUR);
        String title = "[" + c.n() + "] " + truncate(oneLine(c.title()), TITLE_LIMIT);
        b.setTitle(DiscordMarkdown.withoutMentions(title), DiscordMarkdown.safeUrl(c.url()));
        if (c.source() != null && !c.source().isBlank()) {
            b.setAuthor(DiscordMarkdown.withoutMentions(truncate(oneLine(c.source()), SOURCE_LIMIT)));
        }
        String quote = oneLine(c.quote());
        if (!quote.isEmpty() && quoteLimit >= SHORTEST_QUOTE) {
            b.setDescription("“" + escape(truncate(quote, quoteLimit)) + "”");
        }
        String date = AnswerRendering.date(c.published());
        if (!date.isEmpty()) {
            b.setFooter(date);
        }
        return b.build();
    }
}
