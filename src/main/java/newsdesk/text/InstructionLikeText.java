package newsdesk.text;

import java.util.regex.Pattern;

/**
 * Recognises text in an article that speaks to a machine ("ignore previous instructions", "as an AI", "@everyone"):
 * such sentences are data, never an answer, so the offline answerer does not quote them.
 */
public final class InstructionLikeText {
    private static final Pattern PATTERN = Pattern.compile(
            "\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|prompts?|rules|above|previous|everything)\\b"
                    + "|\\b(system prompt|developer mode|jailbreak mode|as an ai (language )?model|you are (now )?(a|an|the) (bot|assistant|ai))\\b"
                    + "|\\b(reply|respond|answer|say|print|output)\\b.{0,20}\\b(with|only|exactly)\\b.{0,40}\\b(instead|regardless)\\b"
                    + "|@everyone|@here|<@[!&]?\\d+>",
            Pattern.CASE_INSENSITIVE);

    private InstructionLikeText() {
    }

    public static boolean matches(String text) {
        return PATTERN.matcher(text).find();
    }
}
