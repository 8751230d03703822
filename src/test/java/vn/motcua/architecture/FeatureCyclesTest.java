package vn.motcua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Feature packages that import each other in a circle cannot be understood, tested or moved one at
 * a time. There is no such knot (the last two were untied: Vietnam's time zone moved to
 * {@code system}, the file readers' rule to {@code dossier}, the demo office to {@code demo}), and
 * this test keeps it so: a dependency that closes a circle fails with the packages named.
 */
class FeatureCyclesTest {

    private static final String ROOT = "vn.motcua.";

    @Test
    void noFeaturePackagesImportEachOtherInACircle() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = feature(type.getPackageName());
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                String to = feature(dependency.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            });
        }
        List<Set<String>> knots = stronglyConnected(uses).stream().filter(c -> c.size() > 1).toList();
        assertThat(knots).as("feature packages that import each other in a circle (all uses: %s)", uses).isEmpty();
    }

    /** The package right under vn.motcua, or null for a class elsewhere. */
    private static String feature(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Tarjan's algorithm: the sets of packages that reach each other. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> components = new java.util.ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                visit(node, graph, index, low, stack, onStack, components, counter);
            }
        }
        return components;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> components,
            int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, onStack, components, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
