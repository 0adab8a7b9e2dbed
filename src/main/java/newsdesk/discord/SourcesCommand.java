package newsdesk.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import newsdesk.article.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /sources [query]}: the stored articles, shown to the asker only. Read on the pool: the store may be slow. */
final class SourcesCommand implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(SourcesCommand.class);
    static final String NAME = "sources";

    private final ArticleStore articles;
    private final AnswerWorkers workers;

    SourcesCommand(ArticleStore articles, AnswerWorkers workers) {
        this.articles = articles;
        this.workers = workers;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "List the stored articles answers come from")
                .addOption(OptionType.STRING, "query", "Only articles whose title or source contains this", false);
    }

    @Override
    public String helpLine() {
        return "`/sources [query]` — the stored articles answers come from";
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String query = Optional.ofNullable(event.getOption("query")).map(OptionMapping::getAsString).orElse("");
        Deferral.run(event, true, workers, target -> {
            String text;
            try {
                text = SourcesListing.render(articles.articles(), query, AnswerRendering.MESSAGE_LIMIT);
            } catch (RuntimeException e) {
                String ref = Ids.next();
                log.error("listing sources failed [ref {}]", ref, e);
                text = "Sorry, I could not read the stored articles. Please try again later. (ref `" + ref + "`)";
            }
            target.send(List.of(text), List.of());
        });
    }
}
