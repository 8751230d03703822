package vn.motcua.engine.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The release's auto-deployment ({@code camunda.bpm.deployment-resource-pattern}) with every resource named
 * by its file name: {@code land-use-conversion.bpmn}, {@code appraise-file.form}. The starter names a
 * resource found in a folder by its absolute path ({@code …/target/classes/forms/x.form}) and one found in
 * the packaged jar by its file name, so a build run from another folder deployed everything again, and the
 * names never matched Camunda Modeler's. The jar's names stay as they were; a database filled from a
 * build folder gets one new version of every model at the first start with this class.
 */
@Component
class AutoDeploymentByFileName extends DefaultDeploymentConfiguration {

    @Override
    public Set<Resource> getDeploymentResources() {
        Map<String, Resource> byName = new TreeMap<>();
        for (Resource resource : super.getDeploymentResources()) {
            String name = resource.getFilename();
            Resource other = byName.put(name, new FileNamed(resource, name));
            if (other != null) {
                throw new IllegalStateException("Two models to deploy are named " + name + " (" + other.getDescription()
                        + ", " + resource.getDescription() + "): the engine tells resources apart by file name, rename one");
            }
        }
        return new LinkedHashSet<>(byName.values());
    }

    /** The same content under the name the engine stores (Spring's auto-deployment asks a ContextResource). */
    private static final class FileNamed extends AbstractResource implements ContextResource {

        private final Resource resource;
        private final String name;

        FileNamed(Resource resource, String name) {
            this.resource = resource;
            this.name = name;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public URL getURL() throws IOException {
            return resource.getURL();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public String getDescription() {
            return resource.getDescription();
        }
    }
}
