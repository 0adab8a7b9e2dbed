package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsdesk.answer.Citation;
import newsdesk.llm.CitationCheck;
import newsdesk.llm.LanguageModel;
import newsdesk.llm.LlmUnavailable;
import newsdesk.llm.VerifiedText;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.article.Sentence;
import newsdesk.prompt.PromptTemplate;
import newsdesk.retrieval.RetrievedPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The briefing with each story told by the language model: {@link StorySelection} chooses the stories (as for the
 * offline briefing) and the figures that changed are found in their sentences; for each story the model gets that
 * story's numbered passages through {@code prompts/briefing.txt}, and its reply is checked like an answer ({@link CitationCheck}). A story whose reply has nothing that holds up is
 * told offline; once the model is unavailable (time limit, error), the remaining stories are told offline without
 * asking it again, so a briefing waits at most {@code llm.timeout-seconds} per story and one timeout in all when the
 * model is down. The briefing then says once that the language model was unavailable.
 */
final class LlmBriefingWriter implements BriefingWriter {
    private static final Logger log = LoggerFactory.getLogger(LlmBriefingWriter.class);
    /** Passages of one story shown to the model: the first passages of each article, in turn. */
    static final int MAX_PASSAGES = 10;
    static final int MAX_SENTENCES = ExtractiveSummary.MAX_SENTENCES;
    /** The prompt asks for ten words; a little more is tolerated, a paragraph is not a headline. */
    static final int MAX_HEADLINE_WORDS = 14;
    static final int MAX_HEADLINE_CHARS = 120;

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern MARKER = Pattern.compile("\\[\\s*\\d");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:#+\\s*|[-*•]\\s+|\\d+[.)]\\s+|story\\s*\\d*\\s*[:.\\-–—]\\s*|headline\\s*[:.\\-–—]\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final StorySelection selection;
    private final LanguageModel model;
    private final PromptTemplate prompt;
    private final Clock clock;

    /** @param prompt the briefing prompt ({@code {{stories}}}, {@code {{today}}}) */
    LlmBriefingWriter(StorySelection selection, LanguageModel model, PromptTemplate prompt, Clock clock) {
        this.selection = selection;
        this.model = model;
        this.prompt = prompt;
        this.clock = clock;
    }

    @Override
    public Briefing write(BriefingRequest request) {
        Instant now = clock.instant();
        Stories stories = selection.select(request);
        List<Map<String, Double>> said = ExtractiveSummary.said(request.alreadySaid(), selection.vectors());
        CitationNumbering numbering = new CitationNumbering();
        List<BriefingItem> items = new ArrayList<>();
        String unavailable = null;
        int toldOffline = 0;
        for (List<StoryArticle> story : stories.told()) {
            BriefingItem item = null;
            if (unavailable == null) {
                try {
                    item = written(story, numbering.next());
                } catch (LlmUnavailable e) {
                    unavailable = e.reason();
                    log.warn("language model unavailable for the briefing ({}): {}; stories told offline",
                            e.reason(), e.detail());
                } catch (RuntimeException e) {
                    unavailable = "error";
                    log.warn("the language-model briefing failed unexpectedly; stories told offline", e);
                }
            }
            if (item == null) {
                item = ExtractiveSummary.item(story, numbering, said);
                toldOffline++;
            } else {
                numbering.taken(item.citations());
            }
            items.add(item);
        }
        return new Briefing(request.since(), now, stories.topic(), items, BriefingLines.rest(stories),
                FigureChanges.cited(stories.told(), numbering), BriefingLines.alsoAdded(stories),
                notice(unavailable, toldOffline, items.size()), Math.max(stories.total(), items.size()));
    }

    /** The model's item for a story, its citations numbered from {@code firstNumber}; null if nothing held up. */
    private BriefingItem written(List<StoryArticle> story, int firstNumber) throws LlmUnavailable {
        List<RetrievedPassage> passages = passages(story);
        String reply = model.reply(prompt.render(Map.of(
                "stories", "Story 1\n" + CitationCheck.forPrompt(passages),
                "today", LocalDate.now(clock).format(TODAY))));
        Reply parsed = Reply.parse(reply);
        VerifiedText summary = CitationCheck.verify(parsed.body(), passages, firstNumber, MAX_SENTENCES);
        if (summary.isEmpty()) {
            log.info("the model's summary of '{}' had nothing that holds up ({} sentences dropped); told offline",
                    ExtractiveSummary.headline(story), summary.dropped());
            return null;
        }
        String headline = usableHeadline(parsed.headline(), passages)
                ? parsed.headline() : ExtractiveSummary.headline(story);
        return new BriefingItem(headline, summary.text(), summary.quotes().stream().map(Citation::of).toList());
    }

    /** Not empty, short, no mention, link or instruction, and its names and numbers are in the passages. */
    static boolean usableHeadline(String headline, List<RetrievedPassage> passages) {
        return headline != null && !headline.isBlank()
                && headline.length() <= MAX_HEADLINE_CHARS
                && headline.split("\\s+").length <= MAX_HEADLINE_WORDS
                && !headline.equalsIgnoreCase("nothing new")
                && CitationCheck.supported(headline, passages);
    }

    /**
     * What the model sees of a story: the passages that hold the facts the offline summary chooses (lead, tolls,
     * actors), then the first passage of each article (earliest first), the second, and so on, at most
     * {@value #MAX_PASSAGES}; shown in article order.
     */
    static List<RetrievedPassage> passages(List<StoryArticle> story) {
        List<StoryArticle> inOrder = story.stream().sorted(Comparator.comparing(StoryArticle::when)).toList();
        List<List<Passage>> byArticle = inOrder.stream().map(a -> Passages.split(a.stored().article())).toList();
        List<RetrievedPassage> chosen = new ArrayList<>();
        // first the passages that hold the facts the offline summary would lead with
        for (ExtractiveSummary.Candidate fact : ExtractiveSummary.choose(story, List.of())) {
            int i = inOrder.indexOf(fact.article());
            Sentence s = fact.article().sentences().get(fact.index());
            for (Passage p : byArticle.get(i)) {
                boolean holds = p.sentences().stream().anyMatch(x -> x.start() <= s.start() && s.end() <= x.end()
                        || x.text().equals(s.text()));
                if (holds && chosen.stream().noneMatch(c -> c.passage().key().equals(p.key()))) {
                    chosen.add(new RetrievedPassage(p, inOrder.get(i).stored(), 0));
                }
            }
        }
        for (int ordinal = 0; chosen.size() < MAX_PASSAGES; ordinal++) {
            boolean any = false;
            for (int i = 0; i < inOrder.size() && chosen.size() < MAX_PASSAGES; i++) {
                if (ordinal < byArticle.get(i).size()) {
                    Passage p = byArticle.get(i).get(ordinal);
                    if (chosen.stream().noneMatch(c -> c.passage().key().equals(p.key()))) {
                        chosen.add(new RetrievedPassage(p, inOrder.get(i).stored(), 0));
                    }
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        List<StoryArticle> order = inOrder;
        chosen.sort(Comparator.comparingInt((RetrievedPassage p) -> indexOf(order, p.article().id()))
                .thenComparingInt(p -> p.passage().ordinal()));
        return chosen;
    }

    private static int indexOf(List<StoryArticle> articles, String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).stored().id().equals(id)) {
                return i;
            }
        }
        return articles.size();
    }

    static String notice(String unavailable, int toldOffline, int total) {
        if (toldOffline == 0) {
            return null;
        }
        String which = toldOffline == total ? (total == 1 ? "the story is" : "the stories are")
                : toldOffline + " of " + total + " stories are";
        if (unavailable != null) {
            return "The language model was unavailable (" + unavailable + "); " + which + " quoted from the articles.";
        }
        return "The language model's summary could not be checked against the sources; " + which
                + " quoted from the articles.";
    }

    /**
     * A reply split into the headline line (the first line, when it has no marker; labels and markup removed) and
     * the rest.
     */
    record Reply(String headline, String body) {
        static Reply parse(String reply) {
            String text = reply.replace("\r", "").strip();
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            if (MARKER.matcher(first).find()) {
                return new Reply(null, text);
            }
            String headline = LABEL.matcher(first.replace("**", "").replace("__", "").strip()).replaceFirst("").strip();
            if (headline.length() >= 2 && "\"“'‘".indexOf(headline.charAt(0)) >= 0
                    && "\"”'’".indexOf(headline.charAt(headline.length() - 1)) >= 0) {
                headline = headline.substring(1, headline.length() - 1).strip();
            }
            return new Reply(headline, end < 0 ? "" : text.substring(end + 1).strip());
        }
    }
}
