package vn.motcua.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.system.Messages;

/**
 * Reads the resources of a deployment before the engine does and lists what may not run: scripts,
 * Java classes, connectors, HTML forms, timer or signal start events, and expressions beyond
 * {@link ProcessApi}. Each finding names the resource and the element (its id) and says why.
 */
public final class ModelInspector {

    public record Finding(String resource, String elementId, String reason) {

        public String message() {
            return elementId == null ? resource + ": " + reason
                    : Messages.text("security.model.findingAt", resource, elementId, reason);
        }
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "variableMappingClass",
            "variableMappingDelegateExpression", "resource", "scriptFormat");
    private static final Set<String> FEEL = Set.of("feel", "feel-scala", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "http://www.omg.org/spec/FEEL/20140401");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelInspector() {
    }

    public static List<Finding> inspect(String resource, byte[] content) {
        String name = resource.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return xml(resource, content, false);
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return xml(resource, content, true);
        }
        if (name.endsWith(".form")) {
            return form(resource, content);
        }
        if (name.endsWith(".png")) {
            return List.of();
        }
        return List.of(new Finding(resource, null, Messages.text("security.model.fileType")));
    }

    private static List<Finding> xml(String resource, byte[] content, boolean decision) {
        List<Finding> findings = new ArrayList<>();
        Deque<String> ids = new ArrayDeque<>();
        Deque<String> elements = new ArrayDeque<>();
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String local = xml.getLocalName();
                    String id = xml.getAttributeValue(null, "id");
                    ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
                    elements.push(local);
                    element(resource, xml, local, ids.peek(), elements, decision, findings);
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    ids.pop();
                    elements.pop();
                } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                    String text = xml.getText();
                    String at = ids.isEmpty() ? null : ids.peek();
                    expressions(resource, at, text, findings);
                    if (decision && text.matches("(?s).*\\b(external|java)\\b.*")) {
                        findings.add(new Finding(resource, at, Messages.text("security.model.feelJava")));
                    }
                }
            }
        } catch (XMLStreamException e) {
            findings.add(new Finding(resource, null, Messages.text("security.model.unreadableXml",
                    e.getMessage().lines().findFirst().orElse(""))));
        } finally {
            close(xml);
        }
        return findings;
    }

    private static void element(String resource, XMLStreamReader xml, String local, String id, Deque<String> elements,
            boolean decision, List<Finding> findings) {
        String namespace = xml.getNamespaceURI();
        if (SCRIPT_ELEMENTS.contains(local)) {
            findings.add(new Finding(resource, id, Messages.text("security.model.script")));
        }
        if (CAMUNDA.equals(namespace) && local.equals("connector")) {
            findings.add(new Finding(resource, id, Messages.text("security.model.connector")));
        }
        if ((local.equals("timerEventDefinition") || local.equals("signalEventDefinition")
                || local.equals("conditionalEventDefinition")) && parentIs(elements, "startEvent")) {
            findings.add(new Finding(resource, id, Messages.text("security.model.startEvent")));
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String attributeNamespace = xml.getAttributeNamespace(i);
            String value = xml.getAttributeValue(i);
            boolean camunda = CAMUNDA.equals(attributeNamespace) || CAMUNDA_DMN.equals(attributeNamespace);
            if (camunda && CODE_ATTRIBUTES.contains(attribute)) {
                findings.add(new Finding(resource, id, Messages.text("security.model.codeAttribute", attribute)));
            } else if (camunda && attribute.equals("delegateExpression")) {
                String bean = value.replaceAll("^[$#]\\{\\s*|\\s*}$", "");
                if (!ProcessApi.DELEGATES.contains(bean)) {
                    findings.add(new Finding(resource, id, Messages.text("security.model.delegate", value)));
                }
                continue;
            } else if (camunda && attribute.equals("formKey") && !value.startsWith("camunda-forms:")) {
                findings.add(new Finding(resource, id, Messages.text("security.model.formKey", value)));
            } else if (camunda && attribute.equals("type") && !value.isBlank()) {
                findings.add(new Finding(resource, id, Messages.text("security.model.type", value)));
            } else if ((attribute.equals("language") || attribute.equals("expressionLanguage")
                    || attribute.equals("typeLanguage")) && !value.isBlank() && !(decision && FEEL.contains(value))) {
                findings.add(new Finding(resource, id, Messages.text("security.model.language", value)));
            }
            expressions(resource, id, value, findings);
        }
    }

    private static void expressions(String resource, String id, String text, List<Finding> findings) {
        if (text.indexOf('{') < 0) {
            return;
        }
        for (String expression : ExpressionRules.expressionsIn(text)) {
            ExpressionRules.refusal(expression).ifPresent(reason -> findings.add(new Finding(resource, id,
                    Messages.text("security.model.expression", abbreviate(expression), reason))));
        }
    }

    private static List<Finding> form(String resource, byte[] content) {
        List<Finding> findings = new ArrayList<>();
        try {
            JsonNode form = JSON.readTree(content);
            if (form == null || !form.isObject()) {
                return List.of(new Finding(resource, null, Messages.text("security.model.notAForm")));
            }
            form.findParents("type").forEach(component -> {
                if ("iframe".equals(component.path("type").asText())) {
                    findings.add(new Finding(resource, component.path("id").asText(null),
                            Messages.text("security.model.iframe")));
                }
            });
        } catch (java.io.IOException e) {
            findings.add(new Finding(resource, null, Messages.text("security.model.notAForm")));
        }
        return findings;
    }

    private static boolean parentIs(Deque<String> elements, String parent) {
        var it = elements.iterator();
        it.next(); // the element itself
        return it.hasNext() && it.next().equals(parent);
    }

    /** No DTDs and no external entities: a model is data, not a fetch. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
