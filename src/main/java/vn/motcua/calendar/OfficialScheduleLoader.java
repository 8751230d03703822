package vn.motcua.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the yearly official schedules: the files bundled under {@code calendar/official/} on the
 * classpath, then those in the optional external folder, which win for the same year. This lets an
 * administrator add next year's notice (usually published in October-November) without a release.
 */
final class OfficialScheduleLoader {

    static final String CLASSPATH_PATTERN = "classpath*:calendar/official/*.y*ml";

    private static final Logger log = LoggerFactory.getLogger(OfficialScheduleLoader.class);

    private final ResourcePatternResolver resolver;

    OfficialScheduleLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    List<YearSchedule> load(Path externalDir) {
        Map<Integer, YearSchedule> years = new TreeMap<>();
        addAll(years, classpathFiles(), false);
        if (externalDir != null) {
            if (Files.isDirectory(externalDir)) {
                addAll(years, externalFiles(externalDir), true);
            } else {
                log.warn("motcua.calendar.official-dir {} is not a folder; only bundled holiday schedules are used",
                        externalDir.toAbsolutePath());
            }
        }
        years.values().forEach(y -> log.info("Official holiday schedule {}: {} ({} days)",
                y.year(), y.document().orElse(""), y.days().size()));
        return new ArrayList<>(years.values());
    }

    private static void addAll(Map<Integer, YearSchedule> years, List<Resource> files, boolean overrides) {
        Map<Integer, String> seen = new TreeMap<>();
        for (Resource file : files) {
            YearSchedule schedule = OfficialScheduleFile.parse(file);
            String earlier = seen.put(schedule.year(), file.getDescription());
            if (earlier != null) {
                throw new IllegalStateException("Two holiday schedules for " + schedule.year() + ": "
                        + earlier + " and " + file.getDescription());
            }
            if (overrides && years.containsKey(schedule.year())) {
                log.info("Holiday schedule {} from {} replaces the bundled one",
                        schedule.year(), file.getDescription());
            }
            years.put(schedule.year(), schedule);
        }
    }

    private List<Resource> classpathFiles() {
        try {
            return List.of(resolver.getResources(CLASSPATH_PATTERN));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + CLASSPATH_PATTERN, e);
        }
    }

    private static List<Resource> externalFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f))
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(f -> (Resource) new FileSystemResource(f))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list holiday schedules in " + dir, e);
        }
    }
}
