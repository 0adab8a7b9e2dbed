package newsdesk.prompt;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One prompt file: plain text with named placeholders such as {@code {{question}}}. Checked when it is loaded:
 * it may use only the placeholders its kind allows, and must use the ones the kind cannot do without.
 */
public final class PromptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final String origin;
    private final String text;
    private final Set<String> used;

    private PromptTemplate(String origin, String text, Set<String> used) {
        this.origin = origin;
        this.text = text;
        this.used = used;
    }

    /**
     * @param origin where the text came from, for messages (e.g. {@code prompts/answer.txt})
     * @param allowed the placeholders this prompt may use
     * @param required the placeholders it must use (a subset of allowed)
     */
    public static PromptTemplate parse(String origin, String text, Set<String> allowed, Set<String> required) {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!allowed.contains(name)) {
                throw new PromptException(origin + ": unknown placeholder {{" + name + "}}; this prompt may use "
                        + describe(allowed));
            }
            used.add(name);
        }
        for (String name : required) {
            if (!used.contains(name)) {
                throw new PromptException(origin + ": the placeholder {{" + name + "}} is missing; this prompt must use "
                        + describe(required));
            }
        }
        if (text.isBlank()) {
            throw new PromptException(origin + ": the prompt is empty");
        }
        return new PromptTemplate(origin, text, Collections.unmodifiableSet(used));
    }

    /**
     * Fills every placeholder in one pass, so a value that itself contains {@code {{...}}} (a passage, a question)
     * is left as it is and never expanded.
     */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(origin + ": no value given for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    public String origin() {
        return origin;
    }

    public String text() {
        return text;
    }

    /** The placeholders the text actually uses. */
    public Set<String> placeholders() {
        return used;
    }

    private static String describe(Set<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append("{{").append(n).append("}}");
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
