package newsdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Settings, read from the commented default file bundled in the jar ({@code config/newsdesk.yaml}), then a user's
 * file, then environment variables {@code NEWSDESK_<KEY>}. The bundled file is the schema: a key it does not hold
 * is a mistake, and a value must have the type of its default. Secrets are not settings and never pass through here.
 */
public final class Config {
    public static final String BUNDLED = "/config/newsdesk.yaml";
    private static final String ENV_PREFIX = "NEWSDESK_";
    /** Keys that were renamed: the old name is still read, as the new one. */
    static final Map<String, String> RENAMED = Map.of("articles.max-file-bytes", "ingest.max-file-bytes");

    private final Map<String, Object> defaults;
    private final Map<String, Object> values;
    /** Where each value that is not a default came from, for messages: a file with line and column, a variable. */
    private final Map<String, String> origins;

    private Config(Map<String, Object> defaults, Map<String, Object> values, Map<String, String> origins) {
        this.defaults = defaults;
        this.values = values;
        this.origins = origins;
    }

    /** The bundled defaults alone. */
    public static Config defaults() {
        return load(null, Map.of());
    }

    /**
     * @param userFile a YAML file whose keys override the defaults, or null
     * @param env the environment (usually {@link System#getenv()})
     */
    public static Config load(Path userFile, Map<String, String> env) {
        Map<String, Object> defaults = bundledDefaults();
        Map<String, Object> values = new LinkedHashMap<>(defaults);
        Map<String, String> origins = new LinkedHashMap<>();
        if (userFile != null) {
            String text = readUserFile(userFile);
            Map<String, Object> user = flatten(parse(text, userFile.toString()), userFile.toString());
            Map<String, String> where = YamlPositions.of(text);
            for (var e : user.entrySet()) {
                String key = RENAMED.getOrDefault(e.getKey(), e.getKey());
                String origin = userFile + where.getOrDefault(e.getKey(), "");
                values.put(key, coerce(key, defaults, e.getValue(), origin));
                origins.put(key, origin);
            }
        }
        for (var renamed : RENAMED.entrySet()) {
            String value = env.get(envName(renamed.getKey()));
            if (value != null && !env.containsKey(envName(renamed.getValue()))) {
                String origin = "environment variable " + envName(renamed.getKey());
                values.put(renamed.getValue(), coerce(renamed.getValue(), defaults, value, origin));
                origins.put(renamed.getValue(), origin);
            }
        }
        for (String key : defaults.keySet()) {
            String value = env.get(envName(key));
            if (value != null) {
                values.put(key, coerce(key, defaults, value, "environment variable " + envName(key)));
                origins.put(key, "environment variable " + envName(key));
            }
        }
        return new Config(Collections.unmodifiableMap(defaults), values, origins);
    }

    /** {@code llm.base-url} becomes {@code NEWSDESK_LLM_BASE_URL}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Stops at the first environment variable that looks like a setting but names none (a typo would otherwise be
     * ignored without a word), with the closest known name as a hint.
     *
     * @param alsoKnown {@code NEWSDESK_*} variables that are not settings but are read elsewhere (secrets, the data folder)
     */
    public void checkEnvironment(Map<String, String> env, List<String> alsoKnown) {
        var known = new TreeSet<String>();
        defaults.keySet().forEach(k -> known.add(envName(k)));
        RENAMED.keySet().forEach(k -> known.add(envName(k)));
        known.addAll(alsoKnown);
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith(ENV_PREFIX) && !known.contains(name)) {
                throw new ConfigException("environment variable " + name + " names no setting"
                        + Suggestion.closest(name, known).map(s -> "; did you mean " + s + "?").orElse("")
                        + " (settings: see " + BUNDLED.substring(1) + ")");
            }
        }
    }

    /** Returns a copy with one key set, checked like any other source. */
    public Config with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, coerce(key, defaults, value, "override"));
        Map<String, String> origins = new LinkedHashMap<>(this.origins);
        origins.put(key, "override");
        return new Config(defaults, copy, origins);
    }

    public String string(String key) {
        Object v = raw(key);
        return v == null ? "" : v.toString();
    }

    public Optional<String> optionalString(String key) {
        String s = string(key).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    public int integer(String key, int min, int max) {
        Object v = raw(key);
        long n;
        if (v instanceof Number num) {
            n = num.longValue();
        } else {
            throw invalid(key, v, "a whole number");
        }
        if (n < min || n > max) {
            throw new ConfigException(key + ": " + n + " is out of range" + where(key) + "; expected " + min + " to " + max);
        }
        return (int) n;
    }

    public double decimal(String key, double min, double max) {
        Object v = raw(key);
        if (!(v instanceof Number num)) {
            throw invalid(key, v, "a number");
        }
        double d = num.doubleValue();
        if (d < min || d > max) {
            throw new ConfigException(key + ": " + d + " is out of range" + where(key) + "; expected " + min + " to " + max);
        }
        return d;
    }

    public boolean bool(String key) {
        Object v = raw(key);
        if (v instanceof Boolean b) {
            return b;
        }
        throw invalid(key, v, "true or false");
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = raw(key);
        if (v instanceof List<?> l) {
            return (List<String>) List.copyOf(l);
        }
        throw invalid(key, v, "a list");
    }

    /** One of the allowed words, case-insensitive, returned in lower case. */
    public String choice(String key, String... allowed) {
        String v = string(key).strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new ConfigException(key + ": '" + string(key) + "' is not one of " + String.join(", ", allowed) + where(key));
    }

    public LocalTime time(String key) {
        String v = string(key).strip();
        try {
            return LocalTime.parse(v);
        } catch (RuntimeException e) {
            throw new ConfigException(key + ": '" + v + "' is not a time of day" + where(key) + "; expected HH:MM, e.g. 08:00");
        }
    }

    public ZoneId zone(String key) {
        String v = string(key).strip();
        try {
            return ZoneId.of(v);
        } catch (RuntimeException e) {
            throw new ConfigException(key + ": '" + v + "' is not a time zone" + where(key) + "; expected Area/City, e.g. Europe/Paris, or UTC");
        }
    }

    private Object raw(String key) {
        if (!defaults.containsKey(key)) {
            throw new IllegalArgumentException("no such setting in " + BUNDLED + ": " + key);
        }
        return values.get(key);
    }

    private ConfigException invalid(String key, Object v, String expected) {
        return new ConfigException(key + ": '" + v + "' is not valid" + where(key) + "; expected " + expected);
    }

    /** {@code " (in my.yaml (line 4, column 10))"}, or nothing for a default. */
    private String where(String key) {
        String origin = origins.get(key);
        return origin == null ? "" : " (in " + origin + ")";
    }

    private static Object coerce(String key, Map<String, Object> defaults, Object value, String origin) {
        if (!defaults.containsKey(key)) {
            throw new ConfigException(key + ": unknown setting (in " + origin + ")"
                    + Suggestion.closest(key, defaults.keySet()).map(s -> "; did you mean " + s + "?").orElse("")
                    + " (known settings: see " + BUNDLED.substring(1) + ")");
        }
        Object def = defaults.get(key);
        String text = value == null ? "" : value.toString().strip();
        try {
            if (def instanceof Boolean) {
                if (value instanceof Boolean) return value;
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) return Boolean.parseBoolean(text);
                throw new IllegalArgumentException("true or false");
            }
            if (def instanceof Integer || def instanceof Long) {
                if (value instanceof Integer || value instanceof Long) return ((Number) value).longValue();
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("a whole number");
                }
            }
            if (def instanceof Double || def instanceof Float) {
                if (value instanceof Number n) return n.doubleValue();
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("a number");
                }
            }
            if (def instanceof List) {
                if (value instanceof List<?> l) {
                    return l.stream().map(String::valueOf).toList();
                }
                if (value instanceof Map) throw new IllegalArgumentException("a list");
                return text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            if (value instanceof Map || value instanceof List) throw new IllegalArgumentException("a single value");
            return value == null ? null : value.toString();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": '" + text + "' is not valid (in " + origin + "); expected " + e.getMessage());
        }
    }

    private static Map<String, Object> bundledDefaults() {
        try (InputStream in = Config.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the build");
            }
            Map<String, Object> flat = flatten(parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED), BUNDLED);
            Map<String, Object> normalised = new LinkedHashMap<>();
            flat.forEach((k, v) -> normalised.put(k, v instanceof Integer i ? Long.valueOf(i) : v));
            return normalised;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + BUNDLED, e);
        }
    }

    private static String readUserFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException("--config: " + file + " is a folder, not a settings file");
        }
        if (!Files.exists(file)) {
            throw new ConfigException("--config: no such file: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException("--config: " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException("--config: cannot read " + file + ": " + FileErrors.reason(e));
        }
    }

    private static Object parse(String text, String origin) {
        return parse(new java.io.StringReader(text), origin);
    }

    private static Object parse(Reader reader, String origin) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (MarkedYAMLException e) {
            throw new ConfigException(origin + YamlPositions.at(e.getProblemMark()) + ": not valid YAML: "
                    + (e.getProblem() == null ? firstLine(e) : e.getProblem())
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (YAMLException e) {
            throw new ConfigException(origin + ": not valid YAML: " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static Map<String, Object> flatten(Object root, String origin) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (root == null) {
            return out;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException(origin + ": expected a mapping of settings at the top level");
        }
        flattenInto("", map, out);
        return out;
    }

    private static void flattenInto(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (var e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                flattenInto(key + ".", child, out);
            } else {
                out.put(key, e.getValue());
            }
        }
    }
}
