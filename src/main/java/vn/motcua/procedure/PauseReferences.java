package vn.motcua.procedure;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where a diagram stops a file's clock: each {@code dossierProcess.pauseClock(execution, 'period')} of its
 * expressions (attributes and texts), with the process and the element it belongs to.
 */
final class PauseReferences {

    /**
     * @param process the process id (a procedure's key, or a shared process)
     * @param element the id of the element whose expression (or listener) stops the clock
     * @param period  the excluded period named, or null if the call names none literally
     */
    record Pause(String process, String element, String period) {
    }

    private static final Pattern CALL = Pattern.compile("pauseClock\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\\s*'([^']*)'\\s*|\\s*\"([^\"]*)\"\\s*");

    private PauseReferences() {
    }

    /** @return the clock stops of a BPMN file; empty if it is not readable XML (the engine says why) */
    static List<Pause> in(byte[] diagram) {
        List<Pause> pauses = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<String> ids = new ArrayDeque<>();
        String process = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(diagram));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String id = xml.getAttributeValue(null, "id");
                    ids.push(id != null ? id : ids.isEmpty() ? "" : ids.peek());
                    if ("process".equals(xml.getLocalName())) {
                        process = id;
                    }
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        read(xml.getAttributeValue(i), process, ids.peek(), pauses);
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    ids.pop();
                } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                    read(xml.getText(), process, ids.isEmpty() ? "" : ids.peek(), pauses);
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            return List.of();
        }
        return pauses;
    }

    private static void read(String text, String process, String element, List<Pause> pauses) {
        if (text == null || !text.contains("pauseClock")) {
            return;
        }
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            String[] arguments = call.group(1).split(",", -1);
            String period = null;
            if (arguments.length == 2) {
                Matcher literal = LITERAL.matcher(arguments[1]);
                if (literal.matches()) {
                    period = literal.group(1) != null ? literal.group(1) : literal.group(2);
                }
            }
            pauses.add(new Pause(process, element, period));
        }
    }
}
