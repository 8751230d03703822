package vn.motcua.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Vietnamese names of the diagrams' elements by id ("appraiseFile" → "Thẩm định hồ sơ, kiểm tra
 * thực địa"), per diagram: procedures share step ids under names of their own.
 */
final class StepNames {

    private final Map<String, Map<String, String>> byDiagram;

    private StepNames(Map<String, Map<String, String>> byDiagram) {
        this.byDiagram = byDiagram;
    }

    /** The step's name in the procedure's own diagram, else in a shared one, else its id. */
    String of(String procedureKey, String stepId) {
        String own = byDiagram.getOrDefault(procedureKey, Map.of()).get(stepId);
        if (own != null) {
            return own;
        }
        return byDiagram.entrySet().stream().filter(e -> e.getKey().startsWith("dossier-"))
                .map(e -> e.getValue().get(stepId)).filter(java.util.Objects::nonNull).findFirst().orElse(stepId);
    }

    static StepNames fromDiagrams() {
        Map<String, Map<String, String>> byDiagram = new HashMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            for (Resource diagram : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                String file = diagram.getFilename() == null ? "" : diagram.getFilename();
                Map<String, String> names = byDiagram.computeIfAbsent(file.replace(".bpmn", ""), k -> new HashMap<>());
                try (InputStream in = diagram.getInputStream()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamReader.START_ELEMENT) {
                            String id = xml.getAttributeValue(null, "id");
                            String name = xml.getAttributeValue(null, "name");
                            if (id != null && name != null && !name.isBlank()) {
                                names.putIfAbsent(id, name.replace('\n', ' '));
                            }
                        }
                    }
                    xml.close();
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("Cannot read the diagrams' step names", e);
        }
        return new StepNames(byDiagram);
    }
}
