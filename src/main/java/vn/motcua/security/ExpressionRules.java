package vn.motcua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.motcua.system.Messages;

/**
 * Reads a JUEL text ({@code ${…}} or {@code #{…}}) as Camunda would evaluate it and says why it may
 * not run, if it calls anything beyond {@link ProcessApi}: a member of a value ({@code ''.getClass()}),
 * an unknown bean's method, indexing, assignment or lambdas. Plain variables, literals and operators pass.
 */
final class ExpressionRules {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
            "false", "null", "empty", "div", "mod", "instanceof");

    private ExpressionRules() {
    }

    /** @return the expressions inside a text, without their delimiters; an unclosed one is returned as it is */
    static List<String> expressionsIn(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int end = closing(text, i + 2);
                found.add(end < 0 ? text.substring(i + 2) : text.substring(i + 2, end));
                i = end < 0 ? text.length() : end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** @return why the expression is refused, or empty if it stays within the project's process API */
    static Optional<String> refusal(String expression) {
        List<String> tokens;
        try {
            tokens = tokens(expression);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals("[") || token.equals("=") || token.equals(";") || token.equals("->") || token.equals("{")
                    || token.equals("+=")) {
                return Optional.of(Messages.text("security.expression.symbol", token));
            }
            if (token.equals(".")) {
                return Optional.of(Messages.text("security.expression.member", next));
            }
            if (!isIdentifier(token) || KEYWORDS.contains(token)) {
                continue;
            }
            if (next.equals("(")) {
                if (!ProcessApi.FUNCTIONS.contains(token)) {
                    return Optional.of(Messages.text("security.expression.function", token));
                }
                continue;
            }
            if (!next.equals(".")) {
                continue; // a variable, or a bean read as a value
            }
            String member = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
            Set<String> allowed = ProcessApi.BEAN_METHODS.containsKey(token) ? ProcessApi.BEAN_METHODS.get(token)
                    : ProcessApi.CONTEXT_MEMBERS.get(token);
            if (allowed == null) {
                return Optional.of(Messages.text("security.expression.unknownBean", token, member));
            }
            if (!allowed.contains(member)) {
                return Optional.of(Messages.text("security.expression.unknownMember", token, member));
            }
            i += 2; // past the member: a following "." is a chain, refused above
        }
        return Optional.empty();
    }

    private static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < expression.length() && expression.charAt(end) != c) {
                    end += expression.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= expression.length()) {
                    throw new IllegalArgumentException(Messages.text("security.expression.unclosedString"));
                }
                tokens.add("'string'");
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < expression.length() && (Character.isLetterOrDigit(expression.charAt(end))
                        || (expression.charAt(end) == '.' && end + 1 < expression.length()
                                && Character.isDigit(expression.charAt(end + 1))))) {
                    end++;
                }
                tokens.add("0");
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                tokens.add(expression.substring(i, end));
                i = end;
            } else {
                String two = i + 1 < expression.length() ? expression.substring(i, i + 2) : "";
                if (Set.of("==", "!=", "<=", ">=", "&&", "||", "->", "+=").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else if ("+-*/%!<>?:(),.[]={};".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    throw new IllegalArgumentException(Messages.text("security.expression.strangeCharacter", c));
                }
            }
        }
        return tokens;
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0));
    }

    /** The index of the '}' that closes an expression opened before {@code from}, skipping strings. */
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                i = end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
