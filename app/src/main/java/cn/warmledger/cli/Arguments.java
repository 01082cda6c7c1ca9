package cn.warmledger.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.domain.Messages;

/**
 * Parsed command line: positional words (the command and its sub-command and operands) and
 * {@code --name value} options or {@code --flag}s. Which options take a value is declared up front,
 * so {@code --full-id} never swallows the next word.
 */
public final class Arguments {
    private static final Set<String> FLAGS = Set.of("--full-id", "--submit", "--version", "--help", "--with-data",
            "--retry", "--list-printers", "--unencrypted");

    private final List<String> words;
    private final Map<String, String> options;
    private final Set<String> flags;
    private final Set<String> used = new HashSet<>();

    private Arguments(List<String> words, Map<String, String> options, Set<String> flags) {
        this.words = words;
        this.options = options;
        this.flags = flags;
    }

    public static Arguments parse(String[] args) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (FLAGS.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("--")) {
                String name = a;
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(Messages.get("cli.optionNeedsValue", a));
                }
                options.put(name, value);
            } else {
                words.add(a);
            }
        }
        return new Arguments(words, options, flags);
    }

    public List<String> words() {
        return words;
    }

    public String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }

    public Optional<String> option(String name) {
        used.add(name);
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).orElseThrow(() -> new UsageException(Messages.get("cli.optionRequired", name)));
    }

    public boolean flag(String name) {
        used.add(name);
        return flags.contains(name);
    }

    /** Refuses options a command did not ask for: a typo must not be silently ignored. */
    public void rejectUnknownOptions() {
        for (String name : options.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException(Messages.get("cli.unknownOption", name));
            }
        }
        for (String name : flags) {
            if (!used.contains(name)) {
                throw new UsageException(Messages.get("cli.unknownOption", name));
            }
        }
    }
}
