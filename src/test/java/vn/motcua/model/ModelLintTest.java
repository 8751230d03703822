package vn.motcua.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Static lint of the analysts' models: {@code processes/*.bpmn} and {@code forms/*.form}, read from the
 * project root (Maven's working directory). No Spring, no engine: each rule is a pure function from a
 * parsed model to a list of offenders, so a failure names the file and every offending element.
 */
class ModelLintTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    /**
     * Candidate groups name roles resolved per file (the {@code routing} bean,
     * vn.motcua.engine.dossier.RoutingExpressions over vn.motcua.dossier.FileRouting), never an office's
     * group: a diagram with "landregistry" would send every file to one branch.
     */
    static final Set<String> GROUPS = Stream.concat(Stream.of("desk", "landoffice", "landregistry", "taxoffice", "commune")
            .flatMap(unit -> Stream.of("${routing.group(execution, '" + unit + "')}",
                    "${routing.leaders(execution, '" + unit + "')}")),
            // the apology and overdue tasks of the file deadlines (and the shared clock of older files), a
            // partner's delay: the leaders of the procedure's processingUnit (time-limit table)
            // and a complaint's task: the unit the complaint was routed to (feedback.ComplaintRouting)
            Stream.of("${processingLeaders}", "${complaintProcess.unit(execution)}"))
            .collect(Collectors.toUnmodifiableSet());

    static final Pattern PROCESS_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** What modelers and the fluent builder generate: Activity_1abc2de, Flow_0x1, sequenceFlow_3f2a…, task1. */
    static final Pattern GENERATED_ID = Pattern.compile(
            "(?i)(task|activity|gateway|event|flow|sequenceflow|startevent|endevent|usertask|servicetask"
                    + "|scripttask|sendtask|receivetask|businessruletask|manualtask|subprocess|callactivity"
                    + "|boundaryevent|intermediatecatchevent|intermediatethrowevent|exclusivegateway"
                    + "|parallelgateway|inclusivegateway|eventbasedgateway|process|definitions)[_-]?\\d*");
    static final Pattern HEX_RUN = Pattern.compile("[0-9a-f]{6,}");
    static final Pattern LONG_NUMBER = Pattern.compile("\\d{3,}");
    /** Letters only Vietnamese uses (any tone mark, ă â đ ê ô ơ ư): a name with none of them is not Vietnamese. */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");

    /** A step's quota: its due date, and the two timer boundary events that warn and escalate. */
    static final Pattern STEP_QUOTA = Pattern.compile("\\$\\{stepClock\\.dueAt\\(execution, '([A-Za-z0-9]+)'\\)}");
    /** The step deadlines: boundary event id suffix, timer method, delegate its path calls. */
    static final List<List<String>> STEP_DEADLINES = List.of(List.of("Warning", "warnAt", "${stepWarning}"),
            List.of("Escalation", "escalateAt", "${stepEscalation}"));
    /** The file deadlines on a procedure's processing: boundary event id, timer, what its path must reach. */
    static final List<List<String>> FILE_DEADLINES = List.of(
            List.of("nearDue", "${fileClock.nearDueAt(execution)}", "${dossierProcess.warnNearDue(execution)}"),
            List.of("apologyDue", "${fileClock.apologyStartsAt(execution)}", "proposeExtension"),
            List.of("overdue", "${fileClock.dueAt(execution)}", "${dossierProcess.markOverdue(execution)}"));
    static final String PROCESSING = "processFile";

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<Path, BpmnModelInstance> MODELS = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------- sources

    static Stream<Path> bpmnFiles() {
        return list(PROCESSES, ".bpmn").stream();
    }

    static Stream<Path> formFiles() {
        return list(FORMS, ".form").stream();
    }

    static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BpmnModelInstance model(Path file) {
        return MODELS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> Bpmn.readModelFromFile(f.toFile()));
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Not valid JSON: " + file, e);
        }
    }

    /** Form ids declared by the files in forms/ (the {@code "id"}, which is what camunda:formRef names). */
    static Set<String> formIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : list(FORMS, ".form")) {
            JsonNode id = json(file).path("id");
            if (id.isTextual()) {
                ids.add(id.asText());
            }
        }
        return ids;
    }

    static Set<String> processIds() {
        return bpmnFiles().flatMap(f -> model(f).getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---------------------------------------------------------------- tests: the set of files

    @Test
    void modelsAndFormsAreFoundFromTheProjectRoot() {
        assertThat(bpmnFiles()).as("BPMN files in %s (is the working directory the project root?)",
                PROCESSES.toAbsolutePath()).isNotEmpty();
        assertThat(formFiles()).as("form files in %s", FORMS.toAbsolutePath()).isNotEmpty();
    }

    @Test
    void processIdsAreUniqueAcrossFiles() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        bpmnFiles().forEach(f -> model(f).getModelElementsByType(Process.class)
                .forEach(p -> owners.computeIfAbsent(p.getId(), id -> new ArrayList<>()).add(f.getFileName().toString())));
        assertThat(duplicates(owners)).as("process ids declared in more than one file").isEmpty();
    }

    @Test
    void formIdsAreUniqueAndEveryFormIsUsed() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        formFiles().forEach(f -> owners.computeIfAbsent(json(f).path("id").asText(), id -> new ArrayList<>())
                .add(f.getFileName().toString()));
        assertThat(duplicates(owners)).as("form ids declared in more than one file").isEmpty();

        Set<String> referenced = new LinkedHashSet<>();
        bpmnFiles().forEach(f -> {
            model(f).getModelElementsByType(UserTask.class).forEach(t -> referenced.add(t.getCamundaFormRef()));
            model(f).getModelElementsByType(StartEvent.class).forEach(s -> referenced.add(s.getCamundaFormRef()));
        });
        Set<String> unused = new LinkedHashSet<>(owners.keySet());
        unused.removeAll(referenced);
        assertThat(unused).as("forms not referenced by any user task or start event (camunda:formRef)").isEmpty();
    }

    /**
     * Task forms that work on something other than a file, with the header that shows it instead: a
     * complaint may name no file (engine.complaint.ComplaintProcess fills the header).
     */
    static final Map<String, String> NOT_ON_A_FILE = Map.of("answer-complaint", "Text_complaintEssentials");

    /** An officer decides from the form: every task's form shows its file first (dossier.FileEssentials). */
    @Test
    void everyTaskFormShowsTheFileItWorksOn() {
        Set<String> taskForms = new LinkedHashSet<>();
        bpmnFiles().forEach(f -> model(f).getModelElementsByType(UserTask.class)
                .forEach(t -> taskForms.add(t.getCamundaFormRef())));
        List<String> withoutOwnHeader = formFiles().filter(f -> NOT_ON_A_FILE.containsKey(json(f).path("id").asText()))
                .filter(f -> StreamSupport.stream(json(f).path("components").spliterator(), false)
                        .noneMatch(c -> NOT_ON_A_FILE.get(json(f).path("id").asText()).equals(c.path("id").asText())))
                .map(f -> f.getFileName().toString()).toList();
        assertThat(withoutOwnHeader).as("task forms not on a file, without their own header").isEmpty();
        List<String> without = formFiles().filter(f -> taskForms.contains(json(f).path("id").asText()))
                .filter(f -> !NOT_ON_A_FILE.containsKey(json(f).path("id").asText()))
                .filter(f -> StreamSupport.stream(json(f).path("components").spliterator(), false)
                        .noneMatch(c -> "Text_fileEssentials".equals(c.path("id").asText())
                                && c.path("text").asText().contains("{{fileApplicant}}")))
                .map(f -> f.getFileName().toString()).toList();
        assertThat(without).as("task forms without the file header (copy Text_fileEssentials from another form)").isEmpty();
    }

    // ---------------------------------------------------------------- tests: per BPMN file

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void bpmnParsesAndValidatesAgainstTheSchema(Path file) {
        assertThatCode(() -> Bpmn.validateModel(model(file))).as("%s: BPMN XSD validation", file)
                .doesNotThrowAnyException();
    }

    /** Camunda Modeler lints a diagram for the platform it declares, and lints nothing without one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void declaresTheExecutionPlatformModelerLintsItFor(Path file) {
        Definitions definitions = model(file).getDefinitions();
        assertThat(definitions.getAttributeValueNs(MODELER, "executionPlatform")).as("%s: modeler:executionPlatform", file)
                .isEqualTo("Camunda Platform");
        assertThat(definitions.getAttributeValueNs(MODELER, "executionPlatformVersion"))
                .as("%s: modeler:executionPlatformVersion", file).isEqualTo("7.24.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void executableProcessesHaveHistoryTimeToLiveAndAVietnameseName(Path file) {
        assertThat(processProblems(model(file))).as("%s: processes", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdge(Path file) {
        assertThat(diagramProblems(model(file))).as("%s: elements missing from the diagram (BPMNShape/BPMNEdge)", file)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void everyFlowNodeIsNamed(Path file) {
        assertThat(nameProblems(model(file))).as("%s: flow nodes without a name", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void idsAreMeaningful(Path file) {
        assertThat(idProblems(model(file))).as("%s: ids must be kebab-case (processes) or camelCase (elements),"
                + " not generated", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void userTasksHaveADeployedFormAndKnownCandidateGroups(Path file) {
        assertThat(userTaskProblems(model(file), formIds())).as("%s: user tasks", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void startFormsExist(Path file) {
        assertThat(startFormProblems(model(file), formIds())).as("%s: start events", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void timersUseWorkingDayExpressions(Path file) {
        assertThat(timerProblems(model(file))).as("%s: timers must be camunda timeDate expressions ${…}"
                + " (working days), never ISO durations or cycles", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void stepQuotasAreDrawnAsTimerBoundaryEvents(Path file) {
        assertThat(stepDeadlineProblems(model(file))).as("%s: a step with a quota carries two non-interrupting timer"
                + " boundary events, <step>Warning and <step>Escalation, whose paths call the delegates", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void proceduresDrawTheFileDeadlinesOnTheirProcessing(Path file) {
        assertThat(fileDeadlineProblems(model(file))).as("%s: a procedure's processing (processFile) carries the"
                + " near-due, apology and overdue timer boundary events, with their paths", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void callActivitiesCallProcessesOfThisProject(Path file) {
        assertThat(callActivityProblems(model(file), processIds())).as("%s: call activities", file).isEmpty();
    }

    // ---------------------------------------------------------------- tests: per form file

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void formIsWellFormed(Path file) {
        assertThat(formProblems(file)).as("%s", file).isEmpty();
    }

    // ---------------------------------------------------------------- tests: the lint itself catches what it claims

    @Test
    void lintFailsWhenAUserTaskLosesItsFormRef(@TempDir Path tmp) throws IOException {
        BpmnModelInstance broken = mutatedCopy(tmp, "land-use-conversion.bpmn",
                " camunda:formRef=\"appraise-file\"", "");

        assertThat(userTaskProblems(broken, formIds()))
                .anySatisfy(p -> assertThat(p).contains("appraiseFile", "no camunda:formRef"));
    }

    @Test
    void lintFailsOnUnknownFormGroupsDurationsAndGeneratedIds(@TempDir Path tmp) throws IOException {
        BpmnModelInstance unknownForm = mutatedCopy(tmp, "dossier-result.bpmn",
                "camunda:formRef=\"return-result\"", "camunda:formRef=\"no-such-form\"");
        assertThat(userTaskProblems(unknownForm, formIds())).anySatisfy(p -> assertThat(p).contains("no-such-form"));

        BpmnModelInstance unknownGroup = mutatedCopy(tmp, "dossier-result.bpmn",
                "camunda:candidateGroups=\"${routing.group(execution, 'desk')}\"", "camunda:candidateGroups=\"desk\"");
        assertThat(userTaskProblems(unknownGroup, formIds())).anySatisfy(p -> assertThat(p).contains("[desk]"));

        BpmnModelInstance isoTimer = mutatedCopy(tmp, "dossier-result.bpmn",
                "${stepClock.warnAt(execution, 'returnResult')}", "P3D");
        assertThat(timerProblems(isoTimer)).anySatisfy(p -> assertThat(p).contains("returnResultWarning", "'P3D'"));

        BpmnModelInstance generatedId = mutatedCopy(tmp, "dossier-result.bpmn", "\"prepareResult\"", "\"Activity_1abc2de\"");
        assertThat(idProblems(generatedId)).anySatisfy(p -> assertThat(p).contains("Activity_1abc2de"));
    }

    @Test
    void lintFailsWhenADeadlineIsHiddenOrLosesItsPath(@TempDir Path tmp) throws IOException {
        BpmnModelInstance interrupting = mutatedCopy(tmp, "dossier-result.bpmn",
                "cancelActivity=\"false\" id=\"returnResultEscalation\"", "cancelActivity=\"true\" id=\"returnResultEscalation\"");
        assertThat(stepDeadlineProblems(interrupting)).anySatisfy(p -> assertThat(p).contains("returnResultEscalation",
                "interrupting"));

        BpmnModelInstance noDelegate = mutatedCopy(tmp, "dossier-result.bpmn",
                "camunda:delegateExpression=\"${stepEscalation}\"", "camunda:expression=\"${dossierProcess.recordDecision(execution)}\"");
        assertThat(stepDeadlineProblems(noDelegate)).anySatisfy(p -> assertThat(p).contains("returnResultEscalation",
                "${stepEscalation}"));

        BpmnModelInstance wrongStep = mutatedCopy(tmp, "dossier-result.bpmn",
                "${stepClock.warnAt(execution, 'returnResult')}", "${stepClock.warnAt(execution, 'appraiseFile')}");
        assertThat(stepDeadlineProblems(wrongStep)).anySatisfy(p -> assertThat(p).contains("returnResultWarning"));

        BpmnModelInstance overdueGone = mutatedCopy(tmp, "land-use-conversion.bpmn",
                "<timeDate id=\"overdue_timerEventDefinition_timeDate\">${fileClock.dueAt(execution)}",
                "<timeDate id=\"overdue_timerEventDefinition_timeDate\">${fileClock.nearDueAt(execution)}");
        assertThat(fileDeadlineProblems(overdueGone)).anySatisfy(p -> assertThat(p).contains("overdue",
                "${fileClock.dueAt(execution)}"));
    }

    static BpmnModelInstance mutatedCopy(Path tmp, String name, String find, String replace) throws IOException {
        Path original = PROCESSES.resolve(name);
        String xml = Files.readString(original, StandardCharsets.UTF_8);
        assertThat(xml).as("%s still contains the text the self-test mutates", original).contains(find);
        Path copy = tmp.resolve(System.nanoTime() + "-" + name);
        Files.writeString(copy, xml.replace(find, replace), StandardCharsets.UTF_8);
        return Bpmn.readModelFromFile(copy.toFile());
    }

    // ---------------------------------------------------------------- rules (each returns the offenders)

    static List<String> processProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.stream().noneMatch(Process::isExecutable)) {
            problems.add("no executable process in the file");
        }
        for (Process p : processes) {
            if (!p.isExecutable()) {
                continue;
            }
            if (blank(p.getCamundaHistoryTimeToLiveString())) {
                problems.add(p.getId() + ": no camunda:historyTimeToLive");
            }
            if (blank(p.getName())) {
                problems.add(p.getId() + ": no name");
            } else if (!VIETNAMESE.matcher(p.getName().toLowerCase(Locale.ROOT)).find()) {
                problems.add(p.getId() + ": name '" + p.getName() + "' is not Vietnamese (no Vietnamese letters)");
            }
        }
        return problems;
    }

    static List<String> diagramProblems(BpmnModelInstance model) {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).filter(e -> e != null).map(BaseElement::getId)
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement).filter(e -> e != null).map(BaseElement::getId)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                problems.add(describe(node) + ": no BPMNShape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                problems.add(describe(flow) + ": no BPMNEdge");
            }
        }
        return problems;
    }

    /** Tasks, events, gateways, subprocesses and call activities: all are named today, so all must stay named. */
    static List<String> nameProblems(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> blank(node.getName()))
                .map(ModelLintTest::describe)
                .toList();
    }

    static List<String> idProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process p : model.getModelElementsByType(Process.class)) {
            checkId(p, PROCESS_ID, "kebab-case", problems);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            checkId(node, ELEMENT_ID, "camelCase", problems);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            checkId(flow, ELEMENT_ID, "camelCase", problems);
        }
        return problems;
    }

    static void checkId(BaseElement element, Pattern shape, String style, List<String> problems) {
        String id = element.getId();
        if (id == null || !shape.matcher(id).matches()) {
            problems.add(describe(element) + ": id is not " + style + " letters/digits");
        } else if (GENERATED_ID.matcher(id).matches()) {
            problems.add(describe(element) + ": id is a generated placeholder, name it after what it does");
        } else if (looksGenerated(id)) {
            problems.add(describe(element) + ": id contains a generated-looking fragment (hex/uuid or long number)");
        }
    }

    /** A run of 6+ lower-case hex characters mixing at least two digits and a letter, or 3+ digits in a row. */
    static boolean looksGenerated(String id) {
        Matcher hex = HEX_RUN.matcher(id);
        while (hex.find()) {
            String run = hex.group();
            long digits = run.chars().filter(Character::isDigit).count();
            if (digits >= 2 && digits < run.length()) {
                return true;
            }
        }
        return LONG_NUMBER.matcher(id).find();
    }

    static List<String> userTaskProblems(BpmnModelInstance model, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = describe(task);
            String formRef = task.getCamundaFormRef();
            if (blank(formRef)) {
                problems.add(where + ": no camunda:formRef");
            } else if (!formIds.contains(formRef)) {
                problems.add(where + ": camunda:formRef '" + formRef + "' is not the id of any forms/*.form");
            }
            if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(where + ": camunda:formRefBinding is '" + task.getCamundaFormRefBinding()
                        + "', must be 'deployment'");
            }
            List<String> groups = task.getCamundaCandidateGroupsList();
            if (groups == null || groups.isEmpty()) {
                problems.add(where + ": no camunda:candidateGroups");
            } else {
                List<String> unknown = groups.stream().map(String::trim).filter(g -> !GROUPS.contains(g)).toList();
                if (!unknown.isEmpty()) {
                    problems.add(where + ": unknown candidate groups " + unknown + " (allowed: "
                            + GROUPS.stream().sorted().toList() + ")");
                }
            }
        }
        return problems;
    }

    static List<String> startFormProblems(BpmnModelInstance model, Set<String> formIds) {
        List<String> problems = new ArrayList<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            String formRef = start.getCamundaFormRef();
            if (formRef == null) {
                continue;
            }
            if (!formIds.contains(formRef)) {
                problems.add(describe(start) + ": camunda:formRef '" + formRef + "' is not the id of any forms/*.form");
            }
            if (!"deployment".equals(start.getCamundaFormRefBinding())) {
                problems.add(describe(start) + ": camunda:formRefBinding is '" + start.getCamundaFormRefBinding()
                        + "', must be 'deployment'");
            }
        }
        return problems;
    }

    static List<String> timerProblems(BpmnModelInstance model) {
        // Timers on events, plus the timeouts of task listeners (inside extension elements).
        Map<TimerEventDefinition, String> timers = new LinkedHashMap<>();
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            timers.put(timer, owner(timer));
        }
        List<String> problems = new ArrayList<>();
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            String where = "task listener " + listener.getAttributeValue("id") + " of " + owner(listener);
            for (TimerEventDefinition timer : listener.getTimeouts()) {
                timers.put(timer, where);
            }
            if ("timeout".equals(listener.getCamundaEvent()) && listener.getTimeouts().isEmpty()) {
                problems.add(where + ": timeout listener without a timerEventDefinition");
            }
        }
        timers.forEach((timer, where) -> {
            if (timer.getTimeDuration() != null) {
                problems.add(where + ": timeDuration '" + text(timer.getTimeDuration()) + "'");
            }
            if (timer.getTimeCycle() != null) {
                problems.add(where + ": timeCycle '" + text(timer.getTimeCycle()) + "'");
            }
            if (timer.getTimeDate() == null) {
                problems.add(where + ": no timeDate");
            } else if (!text(timer.getTimeDate()).startsWith("${")) {
                problems.add(where + ": timeDate '" + text(timer.getTimeDate()) + "' is not a ${…} expression");
            }
        });
        return problems;
    }

    /**
     * Every step with a quota ({@code camunda:dueDate="${stepClock.dueAt(execution, 'x')}"}) shows its
     * deadlines: non-interrupting timer boundary events {@code xWarning} and {@code xEscalation} with
     * {@code ${stepClock.warnAt/escalateAt(execution, 'x')}}, each followed by a path that calls the
     * delegate acting on the step. No {@code timeout} task listener hides a deadline any more.
     */
    static List<String> stepDeadlineProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if ("timeout".equals(listener.getCamundaEvent())) {
                problems.add("task listener " + listener.getAttributeValue("id") + " of " + owner(listener)
                        + ": a timeout listener hides the deadline; draw it as a timer boundary event");
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Matcher quota = STEP_QUOTA.matcher(blank(task.getCamundaDueDate()) ? "" : task.getCamundaDueDate());
            if (!quota.matches()) {
                continue;
            }
            if (!quota.group(1).equals(task.getId())) {
                problems.add(describe(task) + ": its due date reads the quota of '" + quota.group(1) + "'");
            }
            for (List<String> deadline : STEP_DEADLINES) {
                String id = task.getId() + deadline.get(0);
                String timer = "${stepClock." + deadline.get(1) + "(execution, '" + task.getId() + "')}";
                boundaryProblems(model, id, task.getId(), timer, deadline.get(2), problems);
            }
        }
        return problems;
    }

    /** A procedure (a process with "processFile") carries the three file deadlines on its processing. */
    static List<String> fileDeadlineProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        if (!(model.getModelElementById(PROCESSING) instanceof SubProcess)) {
            return problems;
        }
        for (List<String> deadline : FILE_DEADLINES) {
            boundaryProblems(model, deadline.get(0), PROCESSING, deadline.get(1), deadline.get(2), problems);
        }
        return problems;
    }

    /**
     * The boundary event {@code id} exists on {@code attachedTo}, does not interrupt it, waits for the
     * {@code timer} expression, and its path reaches an element with the expression, delegate or id
     * {@code reaches} within a few steps.
     */
    static void boundaryProblems(BpmnModelInstance model, String id, String attachedTo, String timer, String reaches,
            List<String> problems) {
        if (!(model.getModelElementById(id) instanceof BoundaryEvent event)) {
            problems.add(attachedTo + ": no timer boundary event '" + id + "'");
            return;
        }
        String where = describe(event);
        if (event.getAttachedTo() == null || !attachedTo.equals(event.getAttachedTo().getId())) {
            problems.add(where + ": not attached to " + attachedTo);
        }
        if (event.cancelActivity()) {
            problems.add(where + ": interrupting (cancelActivity must be false: the step or the processing goes on)");
        }
        String timeDate = event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(d -> ((TimerEventDefinition) d).getTimeDate()).filter(d -> d != null).map(ModelLintTest::text)
                .findFirst().orElse(null);
        if (!timer.equals(timeDate)) {
            problems.add(where + ": timer is '" + timeDate + "', must be " + timer);
        }
        if (event.getOutgoing().isEmpty()) {
            problems.add(where + ": no path after the deadline");
        } else if (!reaches(event, reaches)) {
            problems.add(where + ": its path does not reach " + reaches);
        }
    }

    static boolean reaches(FlowNode from, String what) {
        Set<FlowNode> seen = new LinkedHashSet<>();
        List<FlowNode> next = new ArrayList<>(List.of(from));
        while (!next.isEmpty() && seen.size() < 12) {
            FlowNode node = next.remove(0);
            if (!seen.add(node)) {
                continue;
            }
            if (node != from && (what.equals(node.getId()) || node instanceof ServiceTask service
                    && (what.equals(service.getCamundaDelegateExpression()) || what.equals(service.getCamundaExpression())))) {
                return true;
            }
            node.getOutgoing().forEach(flow -> next.add(flow.getTarget()));
        }
        return false;
    }

    static List<String> callActivityProblems(BpmnModelInstance model, Set<String> processIds) {
        return model.getModelElementsByType(CallActivity.class).stream()
                .filter(call -> !processIds.contains(call.getCalledElement()))
                .map(call -> describe(call) + ": calledElement '" + call.getCalledElement()
                        + "' is not a process in processes/ " + processIds)
                .toList();
    }

    static List<String> formProblems(Path file) {
        List<String> problems = new ArrayList<>();
        JsonNode form;
        try {
            form = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of("not valid JSON: " + e.getMessage());
        }
        String expectedId = file.getFileName().toString().replaceFirst("\\.form$", "");
        if (!expectedId.equals(form.path("id").asText(null))) {
            problems.add("\"id\" is " + form.get("id") + ", must equal the file name '" + expectedId + "'");
        }
        if (!"default".equals(form.path("type").asText(null))) {
            problems.add("\"type\" must be \"default\"");
        }
        if (!form.path("schemaVersion").isInt()) {
            problems.add("no integer \"schemaVersion\"");
        }
        if (!"Camunda Platform".equals(form.path("executionPlatform").asText(null))) {
            problems.add("\"executionPlatform\" must be \"Camunda Platform\" (Camunda 7)");
        }
        JsonNode components = form.path("components");
        if (!components.isArray() || components.isEmpty()) {
            problems.add("no \"components\"");
            return problems;
        }
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        walk(components, "components", ids, keys, problems);
        duplicates(ids).forEach(d -> problems.add("duplicate component id " + d));
        duplicates(keys).forEach(d -> problems.add("duplicate component key " + d));
        return problems;
    }

    static void walk(JsonNode components, String path, Map<String, List<String>> ids,
            Map<String, List<String>> keys, List<String> problems) {
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            String type = c.path("type").asText("");
            String where = path + "[" + i + "] (" + type + ")";
            if (type.isEmpty()) {
                problems.add(where + ": no \"type\"");
            }
            String id = c.path("id").asText("");
            if (id.isBlank()) {
                problems.add(where + ": no \"id\"");
            } else {
                ids.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
            if (c.hasNonNull("key")) {
                String key = c.path("key").asText("");
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
                if (key.isBlank()) {
                    problems.add(where + ": empty \"key\"");
                }
                // A datetime shows dateLabel/timeLabel instead of label.
                boolean labelled = !c.path("label").asText("").isBlank()
                        || ("datetime".equals(type) && (!c.path("dateLabel").asText("").isBlank()
                                || !c.path("timeLabel").asText("").isBlank()));
                if (!labelled) {
                    problems.add(where + " key '" + key + "': no label");
                }
            }
            if (c.path("components").isArray()) {
                walk(c.path("components"), where + ".components", ids, keys, problems);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static List<String> duplicates(Map<String, List<String>> owners) {
        return owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "' in " + e.getValue()).toList();
    }

    static String describe(BaseElement element) {
        String name = element.getAttributeValue("name");
        return element.getElementType().getTypeName() + " " + element.getId() + (blank(name) ? "" : " '" + name + "'");
    }

    /** The nearest enclosing flow node or process, for messages about nested elements. */
    static String owner(ModelElementInstance element) {
        for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
            if (e instanceof FlowNode || e instanceof Process) {
                return describe((BaseElement) e);
            }
        }
        return "?";
    }

    static String text(ModelElementInstance element) {
        String text = element.getTextContent();
        return text == null ? "" : text.trim();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
