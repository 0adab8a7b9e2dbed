package newsdesk.config;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Where each setting's value stands in a YAML file, so that a message about it can point there. */
final class YamlPositions {
    private YamlPositions() {
    }

    /** {@code " (line 3, column 9)"}, 1-based as editors count. */
    static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    /** Flattened key ({@code retrieval.top-k}) to the position of its value; empty for text that does not parse. */
    static Map<String, String> of(String yaml) {
        Map<String, String> out = new HashMap<>();
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
            if (root instanceof MappingNode map) {
                collect("", map, out);
            }
        } catch (RuntimeException unparsable) {
            // the parse that reads the values reports the error, with its own position
        }
        return out;
    }

    private static void collect(String prefix, MappingNode map, Map<String, String> out) {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String name = prefix + key.getValue();
            Node value = t.getValueNode();
            if (value instanceof MappingNode child && !child.getValue().isEmpty()) {
                collect(name + ".", child, out);
            } else {
                out.put(name, at(value.getStartMark()));
            }
        }
    }
}
