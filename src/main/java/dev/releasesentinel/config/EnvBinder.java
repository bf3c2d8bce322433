package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Binds the {@code env} family (spec section 3.2). */
final class EnvBinder {

  private final Problems problems;

  EnvBinder(Problems problems) {
    this.problems = problems;
  }

  EnvConfig bind(Fields f) {
    Severity fam = f.severity("severity").orElse(Severity.BLOCK);
    Map<String, Location> declared = new HashMap<>();
    List<EnvConfig.Variable> required = variables(f, "required", fam, declared);
    List<EnvConfig.Variable> secrets = variables(f, "secrets", fam, declared);

    Map<String, EnvConfig.Rules> rules = new LinkedHashMap<>();
    Map<String, Location> ruleAt = new LinkedHashMap<>();
    Map<String, Severity> ruleSeverity = new HashMap<>();
    f.get("rules")
        .flatMap(n -> Fields.of(n, "env.rules", problems))
        .ifPresent(
            rf -> {
              for (Map.Entry<String, Node> e : rf.entries()) {
                String name = e.getKey();
                checkVariableName(name, rf.keyLocation(name), "env.rules");
                Fields r = Fields.of(e.getValue(), "env.rules." + name, problems).orElse(null);
                rf.get(name);
                if (r == null) {
                  continue;
                }
                Optional<Pattern> pattern = r.regex("pattern", 0);
                List<String> oneOf = r.strings("one-of").orElse(List.of());
                Optional<Integer> min = r.integer("min-length", 0, 1_000_000);
                r.severity("severity").ifPresent(s -> ruleSeverity.put(name, s));
                r.finish();
                rules.put(
                    name,
                    new EnvConfig.Rules(
                        pattern, oneOf, min.map(OptionalInt::of).orElse(OptionalInt.empty())));
                ruleAt.put(name, rf.keyLocation(name));
              }
            });

    List<Pattern> placeholders = new ArrayList<>();
    Optional<List<String>> ph = f.strings("placeholders");
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
                  Fields v = Fields.of(item, at, problems).orElseThrow();
                  Optional<String> n = v.string("name");
                  sev = v.severity("severity").orElse(fam);
                  v.finish();
                  if (n.isEmpty()) {
                    problems.add(item.location(), at + ": name is required");
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
                if (!checkVariableName(name, item.location(), "env." + key)) {
                  continue;
                }
                Location first = declared.putIfAbsent(name, item.location());
                if (first != null) {
                  problems.add(
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

  private boolean checkVariableName(String name, Location at, String where) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
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
