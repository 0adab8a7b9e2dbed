package newsdesk.answer.extractive;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsdesk.article.Sentence;
import newsdesk.answer.Answer;
import newsdesk.answer.Answerer;
import newsdesk.answer.Citation;
import newsdesk.answer.Question;
import newsdesk.answer.QuestionGuard;
import newsdesk.answer.QuestionRewriter;
import newsdesk.answer.Turn;
import newsdesk.text.InstructionLikeText;
import newsdesk.retrieval.PassageContent;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.retrieval.TermStatistics;

/**
 * The offline answerer: no model writes anything. It reads the retrieved passages sentence by sentence, keeps the
 * sentences that share the question's rare words and hold the kind of answer asked for (a number for "how many", a
 * place for "where"...), and quotes them, each with its citation. When no sentence is good enough it declines.
 */
final class ExtractiveAnswerer implements Answerer {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExtractiveAnswerer.class);


    /** Share of the question's (weighted) words that the answer and its context must hold. */
    static final double MIN_COVERAGE = 0.5;
    /** An answer shares words with the question itself, not only through its neighbours. */
    static final double MIN_OWN_COVERAGE = 0.25;
    /** How clearly the sentence must hold the kind of answer asked for. */
    static final double MIN_EVIDENCE = 0.5;
    private static final double CONTEXT_WEIGHT = 0.5;
    private static final double MERGED_CONTEXT_WEIGHT = 0.6;
    private static final double VERB_WEIGHT = 0.35;
    /** A figure given again, changed: "the organizers revised that number to 214". */
    private static final java.util.regex.Pattern REVISION = java.util.regex.Pattern.compile(
            "\\b(revised|raised|rose|risen|updated|increased|climbed|grew|grown|lowered|corrected|later put)\\b.*\\d"
                    + "|\\d.*\\b(revised|raised|updated)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final double CATEGORY_WEIGHT = 0.3;

    private final ContentRetriever retriever;
    private final QuestionRewriter rewriter;
    private final TermStatistics statistics;
    private final QuestionGuard guard;
    private final int maxSentences;

    ExtractiveAnswerer(ContentRetriever retriever, QuestionRewriter rewriter, TermStatistics statistics,
                       int maxQuestionChars, int maxSentences) {
        this.retriever = retriever;
        this.rewriter = rewriter;
        this.statistics = statistics;
        this.guard = new QuestionGuard(maxQuestionChars);
        this.maxSentences = maxSentences;
    }

    @Override
    public Answer answer(Question question) {
        long started = System.nanoTime();
        Answer answer = guard.refuse(question).orElseGet(() -> answerValid(question));
        return answer.withTiming((System.nanoTime() - started) / 1_000_000);
    }

    /** A question of several parts ("how long..., and where were they sent?") is answered part by part. */
    private Answer answerValid(Question question) {
        List<String> parts = CompoundQuestion.split(question.text());
        if (parts.size() == 1) {
            return answerOne(question);
        }
        List<Answer> answers = new ArrayList<>();
        List<Turn> history = new ArrayList<>(question.history());
        for (String part : parts) {
            Answer a = answerOne(new Question(part, history));
            answers.add(a);
            history.add(new Turn(part, a.abstained() ? "" : a.answer()));
        }
        return CompoundQuestion.merge(question.text(), answers);
    }

    private Answer answerOne(Question question) {
        String query = rewriter.standalone(question);
        QuestionAnalysis analysis = QuestionAnalysis.of(question.text());
        List<RetrievedPassage> hits = retriever.retrieve(Query.from(query)).stream()
                .map(PassageContent::fromContent).toList();
        Map<String, Double> weights = weigh(analysis, query, hits);
        List<Candidate> candidates = candidates(analysis, weights, hits);
        Candidate best = candidates.stream().max(Comparator.comparingDouble(Candidate::score)).orElse(null);
        if (log.isDebugEnabled()) {
            log.debug("question {} kind {} target {} weights {}", analysis.text(), analysis.kind(), analysis.target(), weights);
            candidates.stream().sorted(Comparator.comparingDouble(c -> -c.score())).limit(5).forEach(c -> log.debug(
                    "  {} cov {} own {} ev {} rank {}: {}", String.format("%.2f", c.score()), String.format("%.2f", c.coverage()),
                    String.format("%.2f", c.ownCoverage()), c.evidence(), c.rank(), c.sentence().text()));
        }
        Candidate answering = candidates.stream().filter(c -> answers(c, analysis))
                .max(Comparator.comparingDouble(Candidate::score)).orElse(null);
        if (answering == null) {
            return new Answer(question.text(), Answer.DECLINE, true, List.of(), Answer.EXTRACTIVE, null, 0);
        }
        return compose(question.text(), select(answering, candidates, analysis));
    }

    /** Each question word's weight: rare words count more, words no passage has count most. */
    private Map<String, Double> weigh(QuestionAnalysis analysis, String query, List<RetrievedPassage> hits) {
        Map<String, Double> weights = new LinkedHashMap<>();
        LocalStatistics local = statistics == null ? new LocalStatistics(hits) : null;
        for (Token t : Words.tokens(analysis.text())) {
            for (String stem : Words.parts(t)) {
                if (analysis.terms().contains(stem)) {
                    weights.putIfAbsent(stem, idf(t.lower(), stem, local));
                }
            }
        }
        for (Token t : Words.tokens(query.substring(Math.min(query.length(), analysis.text().length())))) {
            for (String stem : Words.parts(t)) {
                weights.putIfAbsent(stem, MERGED_CONTEXT_WEIGHT * idf(t.lower(), stem, local));
            }
        }
        return weights;
    }

    /**
     * Questions paraphrase their verbs ("died" for "were killed") far more than their nouns, and the answer to
     * "which companies" names companies without saying "companies": such words count less when missing.
     */
    private static double importance(QuestionAnalysis analysis, String stem) {
        if (stem.equals(analysis.category())) {
            return CATEGORY_WEIGHT;
        }
        return Lexicon.isCommonVerb(stem) || Lexicon.isQualifier(stem) ? VERB_WEIGHT : 1.0;
    }

    private double idf(String word, String stem, LocalStatistics local) {
        double idf = local != null ? local.idf(stem) : statistics.idf(word);
        return Math.max(0.05, idf);
    }

    private List<Candidate> candidates(QuestionAnalysis analysis, Map<String, Double> weights, List<RetrievedPassage> hits) {
        // A missing verb or category word costs little: it is often paraphrased.
        Map<String, Double> ifMissing = new HashMap<>();
        weights.forEach((stem, w) -> ifMissing.put(stem, importance(analysis, stem) * w));
        double total = ifMissing.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, RetrievedPassage> byKey = new HashMap<>();
        hits.forEach(h -> byKey.putIfAbsent(h.passage().key(), h));
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // a sentence is read as the candidate, as its neighbours' context and in its passage: stem it once
        Map<String, Set<String>> stemmed = new HashMap<>();
        java.util.function.Function<String, Set<String>> stems =
                text -> stemmed.computeIfAbsent(text, ExtractiveAnswerer::stemsOf);
        for (int rank = 0; rank < hits.size(); rank++) {
            RetrievedPassage hit = hits.get(rank);
            List<Sentence> sentences = hit.passage().sentences();
            Set<String> titleStems = stems.apply(hit.article().article().title());
            Set<String> leadStems = stems.apply(hit.article().article().text());
            Set<String> passageStems = stems.apply(hit.passage().text());
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (InstructionLikeText.matches(s.text()) || !seen.add(normalise(s.text()))) {
                    continue;
                }
                Set<String> own = stems.apply(s.text());
                // the lead sentence, which names what the story is about, is context of every sentence
                Set<String> context = new HashSet<>(leadStems);
                neighbour(hit, i, -1, byKey).ifPresent(n -> context.addAll(stems.apply(n.text())));
                neighbour(hit, i, +1, byKey).ifPresent(n -> context.addAll(stems.apply(n.text())));
                double ownWeight = 0;
                double fromTitle = 0;
                double fromContext = 0;
                double verbs = 0;
                double verbsHere = 0;
                for (var w : weights.entrySet()) {
                    boolean verb = Lexicon.isCommonVerb(w.getKey());
                    verbs += verb ? w.getValue() : 0;
                    if (matches(own, w.getKey())) {
                        ownWeight += ifMissing.get(w.getKey());
                        verbsHere += verb ? w.getValue() : 0;
                    } else if (matches(titleStems, w.getKey())) {
                        // every sentence of an article is about what its title says
                        fromTitle += ifMissing.get(w.getKey());
                    } else if (matches(context, w.getKey())) {
                        fromContext += ifMissing.get(w.getKey());
                    }
                }
                double coverage = total == 0 ? 0 : Math.min(1, (ownWeight + fromTitle + CONTEXT_WEIGHT * fromContext) / total);
                double ownCoverage = Math.min(1, ownWeight / Math.max(total - fromTitle, 1e-9));
                double evidence = Math.max(AnswerEvidence.of(analysis, Words.tokens(s.text()), s.text()),
                        analysis.kind() == QuestionKind.STATEMENT ? neighbour(hit, i, +1, byKey)
                                .filter(n -> AnswerEvidence.isQuotation(n.text())).map(n -> 0.8).orElse(0.0) : 0.0);
                boolean holdsFocus = analysis.focus() == null || matches(own, analysis.focus())
                        || matches(context, analysis.focus()) || matches(passageStems, analysis.focus())
                        || matches(titleStems, analysis.focus());
                double predicate = verbs == 0 ? 0 : verbsHere / verbs;
                out.add(new Candidate(hit, rank, i, s, ownCoverage, coverage, evidence, predicate, holdsFocus));
            }
        }
        return out;
    }

    /**
     * A word matches itself, and the parts of compounds: "council" matches "councilmember", "cyberattack" matches
     * "attack" (parts of five letters or more).
     */
    static boolean matches(Set<String> stems, String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        for (String s : stems) {
            if (s.length() >= 5 && stem.length() >= 5 && s.length() != stem.length()
                    && (s.startsWith(stem) || stem.startsWith(s) || s.endsWith(stem) || stem.endsWith(s))
                    && Math.abs(s.length() - stem.length()) >= 4) {
                return true;
            }
        }
        return false;
    }

    /** The sentence before or after, also across the border of two retrieved passages of one article. */
    private static java.util.Optional<Sentence> neighbour(RetrievedPassage hit, int index, int step,
                                                          Map<String, RetrievedPassage> byKey) {
        List<Sentence> sentences = hit.passage().sentences();
        int i = index + step;
        if (i >= 0 && i < sentences.size()) {
            return java.util.Optional.of(sentences.get(i));
        }
        RetrievedPassage other = byKey.get(hit.article().id() + "#" + (hit.passage().ordinal() + step));
        if (other == null) {
            return java.util.Optional.empty();
        }
        List<Sentence> os = other.passage().sentences();
        return java.util.Optional.of(step < 0 ? os.get(os.size() - 1) : os.get(0));
    }

    private static boolean answers(Candidate c, QuestionAnalysis analysis) {
        return c.coverage() >= MIN_COVERAGE && c.ownCoverage() >= MIN_OWN_COVERAGE && c.holdsFocus()
                && (analysis.kind() == QuestionKind.GENERAL || c.evidence() >= MIN_EVIDENCE);
    }

    /**
     * The best sentence first; then the sentence right after it when the answer may go on there (what happened, why,
     * or the best sentence holds the answer only in part); then other sentences that answer about as well.
     */
    private List<Candidate> select(Candidate best, List<Candidate> candidates, QuestionAnalysis analysis) {
        List<Candidate> chosen = new ArrayList<>(List.of(best));
        boolean mayContinue = analysis.kind() == QuestionKind.GENERAL || analysis.kind() == QuestionKind.REASON
                || best.evidence() < 1.0;
        candidates.stream()
                .filter(c -> follows(c, best))
                .filter(c -> mayContinue && (c.ownCoverage() > 0 || analysis.kind() == QuestionKind.STATEMENT
                        && AnswerEvidence.isQuotation(c.sentence().text()))
                        || analysis.kind() == QuestionKind.COUNT && REVISION.matcher(c.sentence().text()).find())
                .findFirst()
                .ifPresent(chosen::add);
        List<Candidate> rest = new ArrayList<>(candidates);
        rest.removeAll(chosen);
        boolean listing = analysis.kind() == QuestionKind.ENTITY || analysis.kind() == QuestionKind.PERSON;
        // for "which X" and "who", a sentence naming others the answer lacks comes before one that says more of the same
        Set<Candidate> namingOthers = new HashSet<>();
        if (listing) {
            rest.stream().filter(c -> namesOthers(c, chosen, analysis)).forEach(namingOthers::add);
        }
        rest.sort(Comparator.comparing((Candidate c) -> namingOthers.contains(c) ? 0 : 1)
                .thenComparingDouble(c -> -c.score()));
        for (Candidate c : rest) {
            if (chosen.size() >= maxSentences) {
                break;
            }
            boolean alike = c.score() >= 0.85 * best.score() && answers(c, analysis) && c.evidence() >= best.evidence()
                    && c.ownCoverage() >= Math.max(MIN_COVERAGE, 0.8 * best.ownCoverage());
            boolean more = listing && c.score() >= 0.8 * best.score() && answers(c, analysis)
                    && c.ownCoverage() >= 0.3 && namesOthers(c, chosen, analysis);
            if (alike || more) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    /** The sentence names at least two people or things that neither the question nor the chosen sentences name. */
    private static boolean namesOthers(Candidate c, List<Candidate> chosen, QuestionAnalysis analysis) {
        Set<String> known = new HashSet<>(analysis.terms());
        chosen.forEach(k -> known.addAll(stemsOf(k.sentence().text())));
        List<Token> tokens = Words.tokens(c.sentence().text());
        long names = tokens.stream().skip(1)
                .filter(t -> t.capitalized() && !Words.STOP.contains(t.lower()) && !known.contains(t.stem())
                        && !Words.WEEKDAYS_AND_MONTHS.contains(t.lower()))
                .count();
        return names >= 2;
    }

    private static boolean follows(Candidate c, Candidate anchor) {
        return c.hit() == anchor.hit() && c.index() == anchor.index() + 1;
    }

    /** Adjacent sentences of one article share a citation whose quote spans them; every sentence carries its [n]. */
    private static Answer compose(String question, List<Candidate> chosen) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Candidate previous = null;
        StringBuilder quote = null;
        Map<Integer, StringBuilder> quotes = new HashMap<>();
        for (Candidate c : chosen) {
            boolean continues = previous != null && previous.hit().article().id().equals(c.hit().article().id())
                    && previous.sentence().end() <= c.sentence().start()
                    && adjacent(previous, c);
            if (!continues) {
                RetrievedPassage hit = c.hit();
                var article = hit.article().article();
                citations.add(new Citation(citations.size() + 1, article.id(), article.title(), article.source(),
                        article.published(), article.url(), ""));
                quote = new StringBuilder();
                quotes.put(citations.size(), quote);
            }
            if (quote.length() > 0) {
                quote.append(' ');
            }
            quote.append(normalise(c.sentence().text()));
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(c.sentence().text().strip()).append(" [").append(citations.size()).append(']');
            previous = c;
        }
        List<Citation> finished = new ArrayList<>();
        for (Citation c : citations) {
            finished.add(new Citation(c.n(), c.articleId(), c.title(), c.source(), c.published(), c.url(),
                    quotes.get(c.n()).toString()));
        }
        return new Answer(question, text.toString(), false, finished, Answer.EXTRACTIVE, null, 0);
    }

    private static boolean adjacent(Candidate a, Candidate b) {
        if (a.hit() == b.hit()) {
            return b.index() == a.index() + 1;
        }
        return a.hit().passage().ordinal() + 1 == b.hit().passage().ordinal() && b.index() == 0
                && a.index() == a.hit().passage().sentences().size() - 1;
    }

    private static Set<String> stemsOf(String text) {
        Set<String> stems = new HashSet<>();
        for (Token t : Words.tokens(text)) {
            stems.addAll(Words.parts(t));
        }
        return stems;
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * A sentence considered as an answer.
     *
     * @param ownCoverage weighted share of the question's words in the sentence itself
     * @param coverage the same, counting words of the neighbouring sentences and the title at half weight
     * @param evidence how clearly it holds the kind of answer asked for
     * @param predicate share of the question's verbs that the sentence itself uses (a verb found says more than a
     *                  verb missed, which is often only paraphrased)
     * @param holdsFocus it, its neighbours or its passage mention the thing asked about ("the population of ...")
     */
    record Candidate(RetrievedPassage hit, int rank, int index, Sentence sentence, double ownCoverage, double coverage,
                     double evidence, double predicate, boolean holdsFocus) {
        double score() {
            return coverage + 0.6 * evidence + 0.2 * predicate + 0.1 / (1 + rank);
        }
    }

    /** Word rarity over the retrieved passages alone, when the store offers no statistics. */
    private static final class LocalStatistics {
        private final Map<String, Integer> df = new HashMap<>();
        private final int n;

        LocalStatistics(List<RetrievedPassage> hits) {
            n = Math.max(1, hits.size());
            for (RetrievedPassage h : hits) {
                for (String s : stemsOf(h.passage().text())) {
                    df.merge(s, 1, Integer::sum);
                }
            }
        }

        double idf(String stem) {
            int d = df.getOrDefault(stem.toLowerCase(Locale.ROOT), 0);
            return Math.log(1 + (n - d + 0.5) / (d + 0.5));
        }
    }
}
