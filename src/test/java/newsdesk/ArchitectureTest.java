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
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("config", Set.of()),
            Map.entry("article", Set.of("config")),
            Map.entry("state", Set.of("config")),
            Map.entry("feeds", Set.of("article", "config", "state")),
            Map.entry("retrieval", Set.of("article", "config")),
            Map.entry("prompt", Set.of("config")),
            Map.entry("answer", Set.of("retrieval", "article", "config", "prompt")),
            Map.entry("briefing", Set.of("state", "answer", "retrieval", "article", "config", "prompt")),
            Map.entry("discord", Set.of("briefing", "state", "answer", "retrieval", "article", "config")),
            Map.entry("cli", Set.of("discord", "briefing", "state", "feeds", "answer", "retrieval", "article", "config",
                    "prompt")));

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
    void everyPackageHasItsPlaceInTheRule() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
                    .allSatisfy(pkg -> assertThat(ALLOWED).as("ALLOWED lists package " + pkg).containsKey(pkg));
        }
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
