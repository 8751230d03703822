package vn.motcua.engine.dossier;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.engine.system.EngineIdentity;

/**
 * What Tasklist shows of a file, added from the register to an answer of the engine API instead of being
 * copied onto the tasks. Only an answer the engine gave (200: the API guard and the engine let the caller read
 * what he asked for) is completed; one that cannot be completed is passed on as the engine wrote it. The file
 * is the business key of the task's process, which only the system sets ({@link FileIdentity}), never a variable.
 */
abstract class FileOnRead extends OncePerRequestFilter {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(FileOnRead.class);

    final RuntimeService runtime;
    final IdentityService identity;

    FileOnRead(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** @return the engine's answer with the file's values added, or the answer itself if there are none */
    abstract byte[] complete(HttpServletRequest request, byte[] answer) throws IOException;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] answer = captured.getContentAsByteArray();
        if (captured.getStatus() == HttpServletResponse.SC_OK && answer.length > 0) {
            try {
                answer = complete(request, answer);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: {} answered as the engine wrote it: {}", getClass().getSimpleName(), request.getRequestURI(),
                        e.toString());
            }
        }
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** The path as the engine API sees it, through either door. */
    static String enginePath(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The file of each process, read as the system (the caller may read the tasks, not their processes). */
    Map<String, String> filesOf(Collection<String> processIds) {
        Map<String, String> files = new HashMap<>();
        if (processIds.isEmpty()) {
            return files;
        }
        EngineIdentity.asSystem(identity, () -> {
            for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processIds))
                    .list()) {
                if (process.getBusinessKey() != null) {
                    files.put(process.getId(), process.getBusinessKey());
                }
            }
            return null;
        });
        return files;
    }
}
