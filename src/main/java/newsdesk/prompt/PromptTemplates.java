package newsdesk.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The five prompts Newsdesk sends to a language model, loaded once at start from a folder users can edit without
 * rebuilding, or from the copies bundled in the jar. Every file is checked when loaded: a missing file, an unknown
 * placeholder or a missing required one stops the program with a message naming the file and the placeholder.
 *
 * <ul>
 *   <li>{@code system.txt}: the rules of answering; may use {@code {{today}}}.</li>
 *   <li>{@code answer.txt}: one question; must use {@code {{question}}} and {@code {{passages}}}, may use
 *       {@code {{history}}} and {@code {{today}}}.</li>
 *   <li>{@code followup.txt}: rewrites a follow-up as a standalone question; must use {@code {{question}}} and
 *       {@code {{history}}}, may use {@code {{today}}}.</li>
 *   <li>{@code briefing.txt}: a daily briefing; must use {@code {{stories}}}, may use {@code {{today}}}.</li>
 *   <li>{@code judge.txt}: asks whether each claim of an answer is supported by the sentences it cites; must use
 *       {@code {{claims}}}, may use {@code {{today}}}.</li>
 * </ul>
 */
public final class PromptTemplates {
    /** Where the bundled copies live on the class path (the top-level {@code prompts/} folder, copied by the build). */
    public static final String BUNDLED = "/prompts/";
    /** The folder used when none is configured and it exists in the working directory. */
    public static final String DEFAULT_FOLDER = "prompts";

    static final Spec SYSTEM = new Spec("system.txt", List.of("today"), List.of());
    static final Spec ANSWER = new Spec("answer.txt", List.of("question", "passages", "history", "today"),
            List.of("question", "passages"));
    static final Spec FOLLOWUP = new Spec("followup.txt", List.of("question", "history", "today"),
            List.of("question", "history"));
    static final Spec BRIEFING = new Spec("briefing.txt", List.of("stories", "today"), List.of("stories"));
    static final Spec JUDGE = new Spec("judge.txt", List.of("claims", "today"), List.of("claims"));

    private final String origin;
    private final PromptTemplate system;
    private final PromptTemplate answer;
    private final PromptTemplate followup;
    private final PromptTemplate briefing;
    private final PromptTemplate judge;

    private PromptTemplates(String origin, Source source) {
        this.origin = origin;
        this.system = SYSTEM.load(source);
        this.answer = ANSWER.load(source);
        this.followup = FOLLOWUP.load(source);
        this.briefing = BRIEFING.load(source);
        this.judge = JUDGE.load(source);
    }

    /**
     * The configured folder; when none is configured, {@code ./prompts} if it exists, else the bundled copies.
     *
     * @param configuredDir the {@code llm.prompts-dir} setting; blank for the default
     */
    public static PromptTemplates load(String configuredDir) {
        return load(configuredDir, Path.of("").toAbsolutePath());
    }

    /** As {@link #load(String)}, resolving relative folders against {@code workingDir}. */
    public static PromptTemplates load(String configuredDir, Path workingDir) {
        if (configuredDir != null && !configuredDir.isBlank()) {
            Path dir = workingDir.resolve(configuredDir.strip());
            if (!Files.isDirectory(dir)) {
                throw new PromptException("llm.prompts-dir: no such folder: " + dir);
            }
            return fromFolder(dir);
        }
        Path local = workingDir.resolve(DEFAULT_FOLDER);
        return Files.isDirectory(local) ? fromFolder(local) : bundled();
    }

    public static PromptTemplates fromFolder(Path dir) {
        return new PromptTemplates(dir.toString(), file -> {
            Path path = dir.resolve(file);
            String origin = path.toString();
            if (!Files.isRegularFile(path)) {
                throw new PromptException(origin + ": prompt file is missing (every prompts folder needs "
                        + "system.txt, answer.txt, followup.txt, briefing.txt and judge.txt; copies ship in the jar under prompts/)");
            }
            try {
                return new Text(origin, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PromptException(origin + ": cannot read the prompt file: " + e.getMessage());
            }
        });
    }

    public static PromptTemplates bundled() {
        return new PromptTemplates("bundled", file -> {
            String origin = "bundled prompts/" + file;
            try (InputStream in = PromptTemplates.class.getResourceAsStream(BUNDLED + file)) {
                if (in == null) {
                    throw new PromptException(origin + ": prompt file is missing from the build");
                }
                return new Text(origin, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PromptException(origin + ": cannot read the prompt file: " + e.getMessage());
            }
        });
    }

    /** The folder the prompts came from, or "bundled". */
    public String origin() {
        return origin;
    }

    public PromptTemplate system() {
        return system;
    }

    public PromptTemplate answer() {
        return answer;
    }

    public PromptTemplate followup() {
        return followup;
    }

    public PromptTemplate briefing() {
        return briefing;
    }

    public PromptTemplate judge() {
        return judge;
    }

    record Spec(String file, List<String> allowed, List<String> required) {
        PromptTemplate load(Source source) {
            Text text = source.read(file);
            return PromptTemplate.parse(text.origin(), normalise(text.content()), new LinkedHashSet<>(allowed),
                    new LinkedHashSet<>(required));
        }
    }

    private record Text(String origin, String content) {
    }

    private interface Source {
        Text read(String file);
    }

    private static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n");
    }
}
