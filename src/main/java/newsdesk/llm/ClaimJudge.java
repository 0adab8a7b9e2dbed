package newsdesk.llm;

import dev.langchain4j.data.message.UserMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.prompt.PromptTemplate;

/**
 * The second layer of the citation check: one call to a model at temperature 0 ({@code prompts/judge.txt}) asks, for
 * every claim of an answer at once, whether the sentences it cites support it: yes, partly or no. A reply that does
 * not give a verdict for every claim is a failure, like a timeout: the caller then keeps the offline verdicts.
 */
final class ClaimJudge {
    /** "3: yes", "Claim 3 - no", "3. Partly" */
    private static final Pattern VERDICT = Pattern.compile(
            "^\\W*(?:(?:claim|item)\\s*)?(\\d{1,3})\\s*[:.)\\-–]\\s*\\W*(yes|no|partly|partially|partial)\\b",
            Pattern.CASE_INSENSITIVE);

    enum Verdict {
        YES, PARTLY, NO
    }

    private final BoundedChat chat;
    private final PromptTemplate prompt;
    private final Clock clock;
    private final String model;

    ClaimJudge(BoundedChat chat, PromptTemplate prompt, Clock clock, String model) {
        this.chat = chat;
        this.prompt = prompt;
        this.clock = clock;
        this.model = model;
    }

    /**
     * The verdict on each claim, in order.
     *
     * @param claims the claims and the text that supports each, as the offline layer found it
     * @throws LlmUnavailable when the call fails or its reply gives no readable verdict for some claim
     */
    List<Verdict> judge(List<Review.Kept> claims, Deadline deadline) throws LlmUnavailable {
        String reply = chat.chat(List.of(UserMessage.from(prompt(claims))), deadline);
        return parse(reply, claims.size());
    }

    String prompt(List<Review.Kept> claims) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < claims.size(); i++) {
            if (i > 0) {
                items.append("\n\n");
            }
            items.append(i + 1).append(". CLAIM: ").append(PromptText.asData(oneLine(claims.get(i).sentence().claim())))
                    .append('\n').append("   EVIDENCE: ").append(PromptText.asData(oneLine(claims.get(i).supportText())));
        }
        return prompt.render(Map.of("claims", items.toString(), "today", PromptText.today(clock)));
    }

    static List<Verdict> parse(String reply, int count) throws LlmUnavailable {
        Verdict[] verdicts = new Verdict[count];
        for (String line : reply.split("\\R")) {
            Matcher m = VERDICT.matcher(line.strip());
            if (!m.find()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= count && verdicts[n - 1] == null) {
                verdicts[n - 1] = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "yes" -> Verdict.YES;
                    case "no" -> Verdict.NO;
                    default -> Verdict.PARTLY;
                };
            }
        }
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (verdicts[i] == null) {
                throw new LlmUnavailable("unreadable judge reply",
                        "the judge gave no verdict for claim " + (i + 1) + " of " + count);
            }
            out.add(verdicts[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "judge " + model;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
