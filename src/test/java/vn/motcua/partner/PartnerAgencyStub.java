package vn.motcua.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.engine.partner.PartnerProcess;

/**
 * Plays a partner agency in process tests (the job executor is off and the simulator does not
 * answer by itself): sends the waiting request through the real client to the simulator, then
 * answers it through the same service the signed callback endpoint uses.
 */
@Component
public class PartnerAgencyStub {

    static final String EXCHANGE_PROCESS = "dossier-partner-exchange";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final PartnerAnswers answers;
    private final ObjectMapper json;

    PartnerAgencyStub(RuntimeService runtimeService, ManagementService managementService, PartnerAnswers answers,
            ObjectMapper json) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.answers = answers;
        this.json = json;
    }

    /** The exchange instance of a file's partner step, if the file is at that step. */
    public Optional<ProcessInstance> exchange(String code, String step) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(EXCHANGE_PROCESS)
                .processInstanceBusinessKey(code).variableValueEquals("partnerStep", step).active().list().stream().findFirst();
    }

    /** Runs the exchange's due asynchronous jobs (the request, a reminder), as the job executor would. */
    public int runJobs(ProcessInstance exchange) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(exchange.getId()).executable().messages().list();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
        return jobs.size();
    }

    public String keyOf(ProcessInstance exchange) {
        return (String) runtimeService.getVariable(exchange.getId(), PartnerProcess.KEY);
    }

    /** The request is sent (if not yet) and the agency answers "done" with the answer's fields taken from {@code data}. */
    public void answer(String code, String step, Map<String, Object> data) {
        ProcessInstance exchange = exchange(code, step)
                .orElseThrow(() -> new AssertionError("No partner exchange at step " + step + " for " + code));
        runJobs(exchange);
        String key = keyOf(exchange);
        PartnerOperation operation = PartnerOperation.valueOf((String) runtimeService.getVariable(exchange.getId(), "partnerOperation"));
        Map<String, Object> fields = new LinkedHashMap<>();
        AnswerSchema.fieldsOf(operation).forEach(f -> {
            if (data.containsKey(f.name())) {
                fields.put(f.name(), data.get(f.name()));
            }
        });
        answers.answer(operation.agency(), body(key, "DONE", null, fields));
    }

    public String body(String key, String outcome, String note, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exchangeId", key);
        body.put("outcome", outcome);
        if (note != null) {
            body.put("note", note);
        }
        if (data != null) {
            body.put("data", data);
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
