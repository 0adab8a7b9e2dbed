package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits "How long ..., and where were they sent?" into its questions, and joins their answers into one. */
final class CompoundQuestion {
    private static final Pattern JOINT = Pattern.compile(
            "(?:,\\s*(?:and|but)\\s+|\\?\\s+|;\\s*(?:and\\s+)?|\\s+and\\s+(?:also\\s+)?)(?=(?:what|where|when|who|whom|why|how|which)\\b)",
            Pattern.CASE_INSENSITIVE);
    static final String PARTLY = "The stored articles answer only part of the question.";

    private CompoundQuestion() {
    }

    static List<String> split(String question) {
        List<String> parts = new ArrayList<>();
        Matcher m = JOINT.matcher(question);
        int start = 0;
        while (m.find()) {
            String part = question.substring(start, m.start()).strip();
            if (Words.contentStems(part).size() >= 1) {
                parts.add(part);
                start = m.end();
            }
        }
        parts.add(question.substring(start).strip());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    /** One answer: the parts' texts in order, their citations renumbered, each quote cited once. */
    static Answer merge(String question, List<Answer> answers) {
        Map<String, Citation> byQuote = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        boolean anyDeclined = false;
        for (Answer a : answers) {
            if (a.abstained()) {
                anyDeclined = true;
                continue;
            }
            Map<Integer, Integer> renumber = new LinkedHashMap<>();
            for (Citation c : a.citations()) {
                Citation existing = byQuote.get(c.articleId() + "\u0000" + c.quote());
                if (existing == null) {
                    existing = new Citation(byQuote.size() + 1, c.articleId(), c.title(), c.source(), c.published(),
                            c.url(), c.quote());
                    byQuote.put(c.articleId() + "\u0000" + c.quote(), existing);
                }
                renumber.put(c.n(), existing.n());
            }
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(a.answer());
            StringBuilder renumbered = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(renumbered, "[" + renumber.get(Integer.parseInt(m.group(1))) + "]");
            }
            m.appendTail(renumbered);
            if (text.indexOf(renumbered.toString()) < 0) {
                text.append(text.length() > 0 ? " " : "").append(renumbered);
            }
        }
        if (byQuote.isEmpty()) {
            return new Answer(question, Answer.DECLINE, true, List.of(), Answer.EXTRACTIVE, null, 0);
        }
        return new Answer(question, text.toString(), false, List.copyOf(byQuote.values()), Answer.EXTRACTIVE,
                anyDeclined ? PARTLY : null, 0);
    }
}
