package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deployment check: the project's own models pass, whatever runs code or starts by itself does not. */
class ModelInspectorTest {

    @Test
    void everyDiagramAndFormOfTheProjectPasses() throws Exception {
        List<Path> models;
        try (Stream<Path> processes = Files.walk(Path.of("processes")); Stream<Path> forms = Files.walk(Path.of("forms"))) {
            models = Stream.concat(processes, forms).filter(p -> p.toString().endsWith(".bpmn")
                    || p.toString().endsWith(".form")).toList();
        }
        assertThat(models).hasSizeGreaterThan(20);
        for (Path model : models) {
            assertThat(ModelInspector.inspect(model.getFileName().toString(), Files.readAllBytes(model)))
                    .as(model.toString()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "script task|<bpmn:scriptTask id='run' scriptFormat='groovy'><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>|run|script",
        "Java class|<bpmn:serviceTask id='run' camunda:class='java.lang.Runtime'/>|run|camunda:class",
        "external script|<bpmn:serviceTask id='run'><bpmn:extensionElements><camunda:executionListener event='start' camunda:resource='deployment://x.groovy'/></bpmn:extensionElements></bpmn:serviceTask>|run|camunda:resource",
        "unknown delegate|<bpmn:serviceTask id='run' camunda:delegateExpression='${runtimeService}'/>|run|delegateExpression",
        "connector|<bpmn:serviceTask id='run'><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>|run|connector",
        "external task|<bpmn:serviceTask id='run' camunda:type='external' camunda:topic='x'/>|run|camunda:type",
        "HTML form|<bpmn:userTask id='run' camunda:formKey='embedded:app:forms/x.html'/>|run|Camunda Forms",
        "timer start|<bpmn:startEvent id='run'><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>|run|hẹn giờ",
        "reflection in a timer|<bpmn:startEvent id='s'/><bpmn:intermediateCatchEvent id='run'><bpmn:timerEventDefinition><bpmn:timeDate>${''.getClass()}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>|run|getClass",
        "script condition|<bpmn:sequenceFlow id='run' sourceRef='a' targetRef='b'><bpmn:conditionExpression language='javascript'>true</bpmn:conditionExpression></bpmn:sequenceFlow>|run|javascript",
        "engine bean method|<bpmn:serviceTask id='run' camunda:expression='${processEngine.getRuntimeService()}'/>|run|processEngine",
        "method of a variable|<bpmn:serviceTask id='run' camunda:expression='${applicantName.getClass()}'/>|run|applicantName",
        "bean method not listed|<bpmn:serviceTask id='run' camunda:expression='${dossierProcess.getClass()}'/>|run|dossierProcess.getClass",
        "input parameter script|<bpmn:userTask id='run' camunda:formRef='x' camunda:formRefBinding='deployment'><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name='x'><camunda:script scriptFormat='js'>1</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>|run|script"})
    void refusesWhatRunsCode(String name, String content, String element, String reason) {
        List<ModelInspector.Finding> findings = ModelInspector.inspect("x.bpmn", bpmn(content));
        assertThat(findings).as(name).isNotEmpty();
        assertThat(findings).as(name).anyMatch(f -> element.equals(f.elementId()) && f.message().contains(reason));
    }

    @Test
    void aDoctypeIsNotRead() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'><bpmn:process id='p'>"
                + "<bpmn:documentation>&x;</bpmn:documentation></bpmn:process></bpmn:definitions>";
        assertThat(ModelInspector.inspect("x.bpmn", xxe.getBytes(StandardCharsets.UTF_8)))
                .anyMatch(f -> f.reason().contains("XML"));
    }

    @Test
    void onlyModelResourcesDeploy() {
        assertThat(ModelInspector.inspect("evil.js", new byte[0])).hasSize(1);
        assertThat(ModelInspector.inspect("page.html", new byte[0])).hasSize(1);
        assertThat(ModelInspector.inspect("case.cmmn", new byte[0])).hasSize(1);
        assertThat(ModelInspector.inspect("diagram.png", new byte[0])).isEmpty();
        assertThat(ModelInspector.inspect("x.form", "{\"components\":[{\"type\":\"iframe\",\"id\":\"f\",\"url\":\"https://x\"}]}"
                .getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void decisionTablesStayInFeelWithoutJava() {
        String dmn = "<definitions xmlns='https://www.omg.org/spec/DMN/20191111/MODEL/' id='d'><decision id='choose'>"
                + "<decisionTable id='t'><input id='i'><inputExpression id='e' typeRef='string' expressionLanguage='groovy'>"
                + "<text>x</text></inputExpression></input></decisionTable></decision>"
                + "<decision id='other'><literalExpression id='l'><text>function(a) external { java: { class: "
                + "\"java.lang.Runtime\" } }</text></literalExpression></decision></definitions>";
        List<ModelInspector.Finding> findings = ModelInspector.inspect("x.dmn", dmn.getBytes(StandardCharsets.UTF_8));
        assertThat(findings).anyMatch(f -> f.reason().contains("groovy"));
        assertThat(findings).anyMatch(f -> f.elementId().equals("l") && f.reason().contains("Java"));
    }

    private static byte[] bpmn(String content) {
        return ("<?xml version='1.0' encoding='UTF-8'?><bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL'"
                + " xmlns:camunda='http://camunda.org/schema/1.0/bpmn' id='d' targetNamespace='t'>"
                + "<bpmn:process id='p' isExecutable='true'>" + content + "</bpmn:process></bpmn:definitions>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
