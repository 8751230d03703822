package vn.motcua.engine.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;

import vn.motcua.engine.system.EngineIdentity;
import vn.motcua.security.EngineCaller;
import vn.motcua.system.CachedBodyRequest;
import vn.motcua.system.Messages;
import vn.motcua.workqueue.WorkQueue;

/**
 * Tasklist's "Việc của đơn vị" (the unit's unassigned tasks) and "Việc của tôi" (the officer's own) from
 * the work queue instead of the engine's task query.
 * <p>
 * Why: the engine checks the officer's right to each task by joining one grant per open task of his unit,
 * then sorts all of them by a process variable before the first page: linear in the unit, 5.5 s for a unit
 * of 50,000 open tasks (docs/benchmark.md, "Officer latency at province size"). The queue knows the tasks in
 * the list's order from an index. So the count is the queue's, and a page is the queue's page of task ids
 * handed to the engine as {@code taskIdIn}: the engine still runs the filter's own query with its
 * authorization check on those ids, so nobody sees a task the engine would not show him, and Tasklist gets
 * the answer (HAL, variables, forms) the engine writes. Only the filters' plain lists are served this way
 * (their own or Tasklist's sort, no search); anything else goes to the engine as before.
 */
class WorkQueueLists extends OncePerRequestFilter {

    /** A filter's list or count, through either door of the engine API. */
    static final Pattern FILTER_QUERY = Pattern.compile("^(?:/engine-rest(?:/engine/default)?|"
            + "/camunda/api/engine/engine/default)/filter/([^/]+)/(list|count)/?$");
    /** Set on an answer the queue served ("unit" or "mine"), so a test (or an operator with curl) can tell. */
    static final String SERVED_BY = "X-Motcua-Work-Queue";
    static final String SERVED_METRIC = "motcua.work_queue.served";
    /** A page bigger than this goes to the engine: Tasklist asks for 15 at a time. */
    private static final int MAX_PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LOOKUP_INTERVAL_NANOS = 60_000_000_000L;

    private final WorkQueue queue;
    private final FilterService filters;
    private final IdentityService identity;
    private final MeterRegistry meters;
    private volatile Map<String, Served> servedFilters = Map.of();
    private volatile long lastLookup = System.nanoTime() - LOOKUP_INTERVAL_NANOS - 1;

    /** The filters the queue answers, and how. */
    private enum Served {
        UNIT("organisation.tasklist.unit"), MINE("organisation.tasklist.mine");

        final String nameKey;

        Served(String nameKey) {
            this.nameKey = nameKey;
        }

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    WorkQueueLists(WorkQueue queue, FilterService filters, IdentityService identity, MeterRegistry meters) {
        this.queue = queue;
        this.filters = filters;
        this.identity = identity;
        this.meters = meters;
    }

    /** How often the queue answered instead of the engine: an operator sees whether Tasklist's lists take this path. */
    private void count(Served served, String what) {
        meters.counter(SERVED_METRIC, "list", served.header(), "answer", what).increment();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher filterQuery = FILTER_QUERY.matcher(request.getServletPath() + pathInfo);
        Served served = filterQuery.matches() && "POST".equals(request.getMethod()) ? servedAs(filterQuery.group(1)) : null;
        Optional<EngineCaller> caller = served == null ? Optional.empty() : EngineCallers.of(request, identity);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request instanceof CachedBodyRequest cached ? cached.body() : request.getInputStream().readAllBytes();
        HttpServletRequest again = request instanceof CachedBodyRequest ? request : new CachedBodyRequest(request, body);
        Optional<ObjectNode> query = plainQuery(body);
        if (query.isEmpty()) {
            chain.doFilter(again, response);
        } else if ("count".equals(filterQuery.group(2))) {
            write(response, served, JSON.createObjectNode().put("count", count(served, caller.get())));
            count(served, "count");
        } else {
            Integer first = number(request.getParameter("firstResult"), 0);
            Integer max = number(request.getParameter("maxResults"), null);
            if (first == null || max == null || max > MAX_PAGE) {
                chain.doFilter(again, response);
                return;
            }
            page(served, caller.get(), query.get(), first, max, again, response, chain);
        }
    }

    private long count(Served served, EngineCaller caller) {
        return served == Served.UNIT ? queue.unassignedCount(caller.groups()) : queue.assignedCount(caller.userId());
    }

    private void page(Served served, EngineCaller caller, ObjectNode query, int first, int max, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        List<String> ids = served == Served.UNIT ? queue.unassignedPage(caller.groups(), first, max)
                : queue.assignedPage(caller.userId(), first, max);
        var taskIdIn = query.putArray("taskIdIn");
        // An empty taskIdIn would mean "any task": an id no task has means none.
        (ids.isEmpty() ? List.of("-") : ids).forEach(taskIdIn::add);
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(RewrittenQuery.of(request, JSON.writeValueAsBytes(query), max), captured);
        byte[] answer = captured.getContentAsByteArray();
        if (captured.getStatus() == HttpServletResponse.SC_OK) {
            JsonNode hal = JSON.readTree(answer);
            // A HAL list says how many tasks the filter holds: all of the queue, not the page's ids.
            if (hal instanceof ObjectNode object && object.has("count")) {
                object.put("count", count(served, caller));
                answer = JSON.writeValueAsBytes(object);
            }
            response.setHeader(SERVED_BY, served.header());
            count(served, "page");
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** The request's query if it only sorts the way the filter does (no search, no criteria of its own). */
    private static Optional<ObjectNode> plainQuery(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode object)) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            JsonNode value = field.getValue();
            boolean plain = switch (field.getKey()) {
                case "processVariables", "taskVariables", "caseInstanceVariables", "orQueries" ->
                        value.isNull() || value.isArray() && value.isEmpty();
                case "sorting" -> value.isNull() || sortsLikeTheFilter(value);
                // Tasklist repeats the page of its address in the body; the address is what the engine reads
                case "firstResult", "maxResults" -> value.isNull() || value.canConvertToInt();
                // Tasklist asks for active tasks only: passed on, the engine leaves a suspended file's task off the page
                case "active" -> value.isNull() || value.isBoolean();
                default -> false;
            };
            if (!plain) {
                return Optional.empty();
            }
        }
        object.remove(List.of("firstResult", "maxResults"));
        return Optional.of(object);
    }

    /** By appointment, then by the step's due date, or the first alone: the queue's order. */
    private static boolean sortsLikeTheFilter(JsonNode sorting) {
        if (!sorting.isArray() || sorting.isEmpty() || sorting.size() > 2) {
            return false;
        }
        JsonNode first = sorting.get(0);
        boolean byAppointment = "processVariable".equals(first.path("sortBy").asText())
                && "asc".equals(first.path("sortOrder").asText())
                && "dossierDueDate".equals(first.path("parameters").path("variable").asText())
                && "String".equalsIgnoreCase(first.path("parameters").path("type").asText());
        if (sorting.size() == 1) {
            return byAppointment;
        }
        JsonNode second = sorting.get(1);
        return byAppointment && "dueDate".equals(second.path("sortBy").asText())
                && "asc".equals(second.path("sortOrder").asText());
    }

    /**
     * The shared filters, found by name (they are written at start) with no one's authentication, so a caller who
     * may not read them does not keep the lookup from being remembered. An id not known (a filter made again by
     * an administrator) is looked up again, at most once a minute.
     */
    private Served servedAs(String filterId) {
        Map<String, Served> known = servedFilters;
        if (!known.containsKey(filterId) && System.nanoTime() - lastLookup > LOOKUP_INTERVAL_NANOS) {
            lastLookup = System.nanoTime();
            known = EngineIdentity.asSystem(identity, () -> {
                Map<String, Served> found = new HashMap<>();
                for (Served served : Served.values()) {
                    filters.createTaskFilterQuery().filterName(Messages.text(served.nameKey)).list()
                            .forEach(filter -> found.put(filter.getId(), served));
                }
                return Map.copyOf(found);
            });
            servedFilters = known;
        }
        return known.get(filterId);
    }

    private static Integer number(String text, Integer absent) {
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, Served served, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(SERVED_BY, served.header());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The same request asking for another page; its body's length is the new body's (see {@link CachedBodyRequest}). */
    private static final class RewrittenQuery extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();
        private final int bodyLength;

        /** The page's ids are all in the body: the engine returns them from the first on. */
        RewrittenQuery(HttpServletRequest request, int bodyLength, int max) {
            super(request);
            this.bodyLength = bodyLength;
            parameters.put("firstResult", new String[] {"0"});
            parameters.put("maxResults", new String[] {String.valueOf(max)});
        }

        static HttpServletRequest of(HttpServletRequest request, byte[] body, int max) {
            return new CachedBodyRequest(new RewrittenQuery(request, body.length, max), body);
        }

        @Override
        public String getQueryString() {
            return "firstResult=" + getParameter("firstResult") + "&maxResults=" + getParameter("maxResults");
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getHeader(String name) {
            return "content-length".equalsIgnoreCase(name) ? String.valueOf(bodyLength) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "content-length".equalsIgnoreCase(name) ? Collections.enumeration(List.of(String.valueOf(bodyLength)))
                    : super.getHeaders(name);
        }
    }
}
