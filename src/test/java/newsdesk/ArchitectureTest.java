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

    /** What each package may use besides itself (and the JDK and libraries, limited below). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "config", Set.of(),
            "text", Set.of(),
            "article", Set.of("config", "text"),
            "retrieval", Set.of("article", "config", "text"),
            "prompt", Set.of("config"),
            "answer", Set.of("retrieval", "article", "config", "prompt", "text"),
            "briefing", Set.of("answer", "retrieval", "article", "config", "prompt", "text"),
            "discord", Set.of("briefing", "answer", "retrieval", "article", "config", "text"),
            "cli", Set.of("discord", "briefing", "answer", "retrieval", "article", "config", "prompt", "text"));

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var entry : ALLOWED.entrySet()) {
            for (Path file : sources(entry.getKey())) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("newsdesk.")) {
                        String target = imported.split("\\.")[1];
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

    private static List<Path> sources(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
