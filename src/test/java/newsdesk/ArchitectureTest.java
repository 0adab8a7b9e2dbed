package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-way dependency rule of DEVELOPERS.md, checked on the sources. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/newsdesk");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /**
     * What each package may use besides itself (and the JDK and libraries, limited below):
     * cli → discord → briefing → answer → llm / retrieval → article → text / config, with state under briefing and
     * discord, database (connections to SQLite or PostgreSQL) under state and retrieval, feeds beside article, and prompt a leaf. A sub-package ("answer.extractive") is a package of its own.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("config", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("prompt", Set.of("config")),
            Map.entry("article", Set.of("text", "config")),
            Map.entry("database", Set.of("config")),
            Map.entry("state", Set.of("database", "config")),
            Map.entry("feeds", Set.of("article", "state", "database", "text", "config")),
            Map.entry("retrieval", Set.of("database", "article", "text", "config")),
            Map.entry("llm", Set.of("retrieval", "article", "text", "config", "prompt")),
            Map.entry("answer", Set.of("llm", "retrieval", "article", "text", "config", "prompt")),
            Map.entry("answer.extractive", Set.of("answer", "retrieval", "article", "text", "config")),
            Map.entry("briefing", Set.of("state", "answer", "llm", "retrieval", "article", "text", "config", "prompt")),
            Map.entry("discord", Set.of("briefing", "state", "database", "feeds", "answer", "retrieval", "article", "text",
                    "config")),
            Map.entry("cli", Set.of("discord", "briefing", "state", "database", "feeds", "answer", "answer.extractive", "llm",
                    "retrieval", "article", "text", "config", "prompt")));

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var entry : ALLOWED.entrySet()) {
            for (Path file : sources(entry.getKey())) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("newsdesk.")) {
                        String target = packageOf(imported);
                        if (!target.equals(entry.getKey()) && !entry.getValue().contains(target)) {
                            violations.add(file + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void jdaStaysInsideDiscordAndLangChain4jNeverReachesIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : ALLOWED.keySet()) {
            for (Path file : sources(pkg)) {
                String text = Files.readString(file);
                if (!pkg.equals("discord") && text.contains("import net.dv8tion.")) {
                    violations.add(file + " uses JDA");
                }
                if (pkg.equals("discord") && text.contains("import dev.langchain4j.")) {
                    violations.add(file + " uses LangChain4j");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theBenchmarkAndItsSyntheticCorpusStayOutOfTheProduct() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            for (Path file : sources) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("newsdesk.bench").doesNotContain("SyntheticCorpus");
            }
        }
        assertThat(MAIN.resolve("bench")).doesNotExist();
        assertThat(Path.of("src/bench/java/newsdesk/bench/SyntheticCorpus.java")).exists();
    }

    @Test
    void noImplSuffixes() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Impl.java"))).isEmpty();
        }
    }

    /** The package below {@code newsdesk} of an imported class or member: the lower-case segments before the type. */
    private static String packageOf(String imported) {
        List<String> segments = new ArrayList<>();
        for (String s : imported.substring("newsdesk.".length()).split("\\.")) {
            if (!Character.isLowerCase(s.charAt(0))) {
                break;
            }
            segments.add(s);
        }
        return String.join(".", segments);
    }

    /** The sources of exactly this package (not of its sub-packages). */
    private static List<Path> sources(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyPackageHasARule() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<String> packages = dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN))
                    .filter(d -> hasJava(d))
                    .map(d -> MAIN.relativize(d).toString().replace('/', '.')).toList();
            assertThat(ALLOWED.keySet()).containsAll(packages);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
