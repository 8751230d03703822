package vn.motcua.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Which Camunda Forms a diagram names, and which form a {@code .form} file is. */
final class FormReferences {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> WITH_FORMS = Set.of("userTask", "startEvent");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormReferences() {
    }

    /**
     * @return each form id named by {@code camunda:formRef} with {@code camunda:formRefBinding="deployment"},
     *         and the ids of the elements naming it; an expression is left to the engine, it cannot be read here
     */
    static Map<String, List<String>> boundToDeployment(byte[] diagram) {
        Map<String, List<String>> forms = new TreeMap<>();
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(diagram));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && BPMN.equals(xml.getNamespaceURI())
                        && WITH_FORMS.contains(xml.getLocalName())) {
                    String form = xml.getAttributeValue(CAMUNDA, "formRef");
                    String binding = xml.getAttributeValue(CAMUNDA, "formRefBinding");
                    if (form != null && !form.isBlank() && "deployment".equals(binding) && !form.contains("{")) {
                        forms.computeIfAbsent(form, f -> new ArrayList<>()).add(xml.getAttributeValue(null, "id"));
                    }
                }
            }
        } catch (XMLStreamException e) {
            return Map.of(); // the engine's own parser reports what is wrong with the file
        } finally {
            close(xml);
        }
        return forms;
    }

    /** @return the {@code "id"} of a Camunda Form, which is what {@code camunda:formRef} names */
    static Optional<String> formId(byte[] form) {
        try {
            JsonNode id = JSON.readTree(form).path("id");
            return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** No DTDs and no external entities: a model is data, not a fetch. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
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
}
