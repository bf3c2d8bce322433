package dev.releasesentinel.checks.env;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.engine.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds the {@code env} section (docs/config.md, "env"). */
final class EnvBinder implements Section<EnvConfig> {

  @Override
  public String name() {
    return "env";
  }

  @Override
  public Shape shape() {
    return EnvKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        required: [DATABASE_URL]
        secrets: [DB_PASSWORD]
        rules:
          DATABASE_URL: { pattern: "^postgres://" }
        """;
  }

  /** The names in {@code secrets}, as written, read before any section is bound. */
  @Override
  public void secretNames(Node.MapNode env, Set<String> out) {
    if (env.entries().get(EnvKeys.SECRETS.name()) instanceof Node.ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof Node.ScalarNode s) {
          out.add(s.text());
        } else if (item instanceof Node.MapNode named
            && named.entries().get(EnvKeys.ITEM_NAME.name()) instanceof Node.ScalarNode s) {
          out.add(s.text()); // { name: X, severity: ... }
        }
      }
    }
  }

  @Override
  public EnvConfig bind(Fields f, Binding binding) {
    Problems problems = f.problems();
    Severity fam = f.read(EnvKeys.SEVERITY, Severity.BLOCK);
    Map<String, Location> declared = new HashMap<>();
    List<EnvConfig.Variable> required = variables(f, "required", fam, declared);
    List<EnvConfig.Variable> secrets = variables(f, "secrets", fam, declared);

    Map<String, EnvConfig.Rules> rules = new LinkedHashMap<>();
    Map<String, Location> ruleAt = new LinkedHashMap<>();
    Map<String, Severity> ruleSeverity = new HashMap<>();
    f.read(EnvKeys.RULES)
        .ifPresent(
            rf -> {
              for (Map.Entry<String, Node> e : rf.entries()) {
                String name = e.getKey();
                checkVariableName(name, rf.keyLocation(name), "env.rules", problems);
                Fields r =
                    Fields.of(e.getValue(), EnvKeys.RULE, "env.rules." + name, problems)
                        .orElse(null);
                rf.get(name);
                if (r == null) {
                  continue;
                }
                Optional<Pattern> pattern = r.read(EnvKeys.PATTERN);
                List<String> oneOf = r.read(EnvKeys.ONE_OF, List.of());
                Optional<Integer> min = r.read(EnvKeys.MIN_LENGTH);
                r.read(EnvKeys.RULE_SEVERITY).ifPresent(s -> ruleSeverity.put(name, s));
                r.finish();
                rules.put(
                    name,
                    new EnvConfig.Rules(
                        pattern, oneOf, min.map(OptionalInt::of).orElse(OptionalInt.empty())));
                ruleAt.put(name, rf.keyLocation(name));
              }
            });

    List<Pattern> placeholders = new ArrayList<>();
    Optional<List<String>> ph = f.read(EnvKeys.PLACEHOLDERS);
    for (String p : ph.orElse(EnvConfig.DEFAULT_PLACEHOLDERS)) {
      f.compile(p, Pattern.CASE_INSENSITIVE, "placeholders").ifPresent(placeholders::add);
    }
    f.finish();

    List<EnvConfig.Variable> optional = new ArrayList<>();
    for (Map.Entry<String, EnvConfig.Rules> e : rules.entrySet()) {
      if (!declared.containsKey(e.getKey())) {
        Severity s = ruleSeverity.getOrDefault(e.getKey(), fam);
        optional.add(
            new EnvConfig.Variable(
                e.getKey(), e.getValue(), new CheckSpec(true, s, ruleAt.get(e.getKey()))));
      }
    }
    return new EnvConfig(
        withRules(required, rules, ruleSeverity),
        withRules(secrets, rules, ruleSeverity),
        optional,
        placeholders);
  }

  private static List<EnvConfig.Variable> withRules(
      List<EnvConfig.Variable> vars,
      Map<String, EnvConfig.Rules> rules,
      Map<String, Severity> ruleSeverity) {
    List<EnvConfig.Variable> out = new ArrayList<>();
    for (EnvConfig.Variable v : vars) {
      CheckSpec spec = v.spec();
      if (ruleSeverity.containsKey(v.name())) {
        spec = new CheckSpec(spec.enabled(), ruleSeverity.get(v.name()), spec.location());
      }
      out.add(
          new EnvConfig.Variable(
              v.name(), rules.getOrDefault(v.name(), EnvConfig.Rules.NONE), spec));
    }
    return out;
  }

  /** {@code [NAME, { name: NAME, severity: warn }]}. */
  private List<EnvConfig.Variable> variables(
      Fields f, String key, Severity fam, Map<String, Location> declared) {
    List<EnvConfig.Variable> out = new ArrayList<>();
    f.list(key)
        .ifPresent(
            l -> {
              for (Node item : l.items()) {
                String name;
                Severity sev = fam;
                String at = "env." + key + "[" + l.items().indexOf(item) + "]";
                if (item instanceof Node.MapNode) {
                  Fields v = Fields.of(item, EnvKeys.VARIABLE, at, f.problems()).orElseThrow();
                  Optional<String> n = v.string("name");
                  sev = v.read(EnvKeys.ITEM_SEVERITY, fam);
                  v.finish();
                  if (n.isEmpty()) {
                    f.problems().add(item.location(), at + ": name is required");
                    continue;
                  }
                  name = n.get();
                } else {
                  Optional<String> n = f.asString(item, at);
                  if (n.isEmpty()) {
                    continue;
                  }
                  name = n.get();
                }
                if (!checkVariableName(name, item.location(), "env." + key, f.problems())) {
                  continue;
                }
                Location first = declared.putIfAbsent(name, item.location());
                if (first != null) {
                  f.problems()
                      .add(
                          item.location(),
                          "env."
                              + key
                              + ": "
                              + name
                              + " is already declared at line "
                              + first.line()
                              + "; a variable is either required or a secret, once");
                  continue;
                }
                out.add(
                    new EnvConfig.Variable(
                        name, EnvConfig.Rules.NONE, new CheckSpec(true, sev, item.location())));
              }
            });
    return out;
  }

  private static boolean checkVariableName(
      String name, Location at, String where, Problems problems) {
    if (!name.matches(EnvKeys.NAME_PATTERN)) {
      problems.add(
          at,
          where
              + ": '"
              + name
              + "' is not an environment variable name (letters, digits and '_', not starting with"
              + " a digit)");
      return false;
    }
    return true;
  }
}
