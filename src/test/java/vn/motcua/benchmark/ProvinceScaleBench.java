package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.support.HttpCalls;

/**
 * What a province costs, not a test: {@code ./mvnw -B verify -Pprovince-benchmark
 * [-Dbench.province.communes=100] [-Dbench.province.officers-per-commune=20] [-Dbench.province.files=600]}.
 * The same run measures the demo province (3 communes) as the baseline and a generated province:
 * start-up time (first start writes every agency's groups and grants; a restart finds them), an
 * organisation reload, and the latency of Tasklist's "Việc của đơn vị" filter as officers call it.
 */
class ProvinceScaleBench {

    private static final String UNIT_FILTER = "Việc của đơn vị";

    record Scenario(String name, Path file, List<String> communeCodes, List<String> prefixes) {
    }

    record Result(String name, int communes, int agencies, int officers, long firstStartMs, long restartMs,
            long reloadMs, int files, double filesPerSecond, Samples filter, Samples filterRead) {
    }

    @Test
    void run() {
        int communes = Integer.getInteger("bench.province.communes", 100);
        int perCommune = Integer.getInteger("bench.province.officers-per-commune", 20);
        int files = Integer.getInteger("bench.province.files", 600);
        int queries = Integer.getInteger("bench.province.queries", 200);
        Path dir = Path.of("target", "benchmark").toAbsolutePath();
        List<String> codes = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < communes; i++) {
            codes.add(GeneratedProvince.communeCode(i));
            prefixes.add(GeneratedProvince.prefix(i));
        }
        List<Scenario> scenarios = List.of(
                new Scenario("demo province", null, List.of("26041", "26068", "25219"), List.of("", "anphuoc", "bugiamap")),
                new Scenario(communes + " communes", GeneratedProvince.write(communes, dir), codes, prefixes));
        String kind = System.getProperty("bench.database", "h2");
        // The first boot of the JVM loads and compiles everything: a warm-up boot, not measured.
        BenchDatabase warmUp = BenchDatabase.create(kind);
        try {
            boot(warmUp, scenarios.get(0)).close();
        } finally {
            warmUp.drop();
        }
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(measure(kind, scenario, perCommune, files, queries));
        }
        System.out.println();
        System.out.println("Province scale (" + kind + ", one node; latency: median / p95 of sequential calls; the"
                + " filter read is the same officer's call for the filter's definition: login and HTTP only)");
        System.out.printf("%-16s %8s %8s %8s %12s %10s %9s %7s %9s %22s %20s%n", "scenario", "communes", "agencies",
                "officers", "first start", "restart", "reload", "files", "files/s", "unit filter list ms",
                "filter read ms");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-16s %8d %8d %8d %10d ms %7d ms %6d ms %7d %9.1f %12.1f / %7.1f %9.1f / %6.1f%n",
                    r.name, r.communes, r.agencies, r.officers, r.firstStartMs, r.restartMs, r.reloadMs, r.files,
                    r.filesPerSecond, r.filter.medianMillis(), r.filter.p95Millis(), r.filterRead.medianMillis(),
                    r.filterRead.p95Millis());
        }
        Result base = results.get(0);
        Result big = results.get(1);
        System.out.printf(Locale.ROOT, "ratios %s / demo: first start %.2f, restart %.2f, unit filter median %.2f%n",
                big.name, (double) big.firstStartMs / base.firstStartMs, (double) big.restartMs / base.restartMs,
                big.filter.medianMillis() / base.filter.medianMillis());
        assertThat(results).allSatisfy(r -> assertThat(r.filter.count()).isEqualTo(queries));
    }

    private Result measure(String kind, Scenario scenario, int perCommune, int files, int queries) {
        BenchDatabase database = BenchDatabase.create(kind);
        try {
            long started = System.nanoTime();
            ConfigurableApplicationContext app = boot(database, scenario);
            long firstStart = (System.nanoTime() - started) / 1_000_000;
            List<GeneratedProvince.Officer> officers = officers(scenario, perCommune);
            createOfficers(app, officers);
            app.close();
            started = System.nanoTime();
            app = boot(database, scenario);
            long restart = (System.nanoTime() - started) / 1_000_000;
            try {
                OrganisationCatalogue catalogue = app.getBean(OrganisationCatalogue.class);
                started = System.nanoTime();
                catalogue.reload();
                long reload = (System.nanoTime() - started) / 1_000_000;
                started = System.nanoTime();
                receiveFiles(app, scenario, files);
                double perSecond = files / ((System.nanoTime() - started) / 1e9);
                Samples filter = latency(app, officers, queries, true);
                Samples read = latency(app, officers, queries, false);
                return new Result(scenario.name, scenario.communeCodes.size(), catalogue.current().agencies().size(),
                        officers.size(), firstStart, restart, reload, files, perSecond, filter, read);
            } finally {
                app.close();
            }
        } finally {
            database.drop();
        }
    }

    private static ConfigurableApplicationContext boot(BenchDatabase database, Scenario scenario) {
        List<String> arguments = new ArrayList<>(database.springArguments());
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--motcua.demo.enabled=false", "--motcua.demo.password=demo", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--motcua.simulator.error-rate=0"));
        if (scenario.file != null) {
            arguments.add("--motcua.organisation.file=" + scenario.file);
        }
        return new SpringApplicationBuilder(MotcuaApplication.class).run(arguments.toArray(String[]::new));
    }

    private static List<GeneratedProvince.Officer> officers(Scenario scenario, int perCommune) {
        List<GeneratedProvince.Officer> officers = new ArrayList<>();
        for (int i = 0; i < scenario.prefixes.size(); i++) {
            for (int k = 0; k < perCommune; k++) {
                officers.add(new GeneratedProvince.Officer("o" + i + "n" + k,
                        List.of(scenario.prefixes.get(i) + GeneratedProvince.ROLES[k % GeneratedProvince.ROLES.length])));
            }
        }
        return officers;
    }

    private static void createOfficers(ConfigurableApplicationContext app, List<GeneratedProvince.Officer> officers) {
        IdentityService identity = app.getBean(IdentityService.class);
        for (GeneratedProvince.Officer officer : officers) {
            User user = identity.newUser(officer.id());
            user.setFirstName("Cán bộ");
            user.setLastName(officer.id());
            user.setPassword("demo");
            identity.saveUser(user);
            officer.groups().forEach(group -> identity.createMembership(officer.id(), group));
        }
    }

    /** Files spread over the communes, each received by its own commune's first desk officer. */
    private static void receiveFiles(ConfigurableApplicationContext app, Scenario scenario, int files) {
        DossierService dossiers = app.getBean(DossierService.class);
        for (int n = 0; n < files; n++) {
            int commune = n % scenario.communeCodes.size();
            String code = scenario.communeCodes.get(commune);
            dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                    new Dossier.Applicant("Người nộp " + n, String.format("%012d", 1_000_000L + n), null, null, "Thôn 1"),
                    new Dossier.Parcel("1", String.valueOf(n), "Thôn 1", code, false), null, null), "o" + commune + "n0");
        }
    }

    /**
     * Land-office officers (every third officer) list their unit's tasks, as Tasklist does; or, for
     * comparison, read the filter's definition (the same login and HTTP, no task query).
     */
    private static Samples latency(ConfigurableApplicationContext app, List<GeneratedProvince.Officer> officers,
            int queries, boolean list) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String filterId = app.getBean(FilterService.class).createTaskFilterQuery().filterName(UNIT_FILTER).singleResult()
                .getId();
        List<GeneratedProvince.Officer> landOffice = officers.stream()
                .filter(o -> o.groups().get(0).endsWith("landoffice")).toList();
        HttpCalls http = new HttpCalls(port);
        Random random = new Random(42);
        Samples samples = new Samples();
        try {
            for (int warm = 0; warm < 20; warm++) {
                call(http, filterId, landOffice.get(random.nextInt(landOffice.size())), list);
            }
            for (int q = 0; q < queries; q++) {
                GeneratedProvince.Officer officer = landOffice.get(random.nextInt(landOffice.size()));
                long started = System.nanoTime();
                HttpResponse<String> response = call(http, filterId, officer, list);
                samples.add(System.nanoTime() - started);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return samples;
    }

    private static HttpResponse<String> call(HttpCalls http, String filterId, GeneratedProvince.Officer officer,
            boolean list) throws Exception {
        return list ? http.sendHal("POST", "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                officer.id() + ":demo", "{}")
                : http.send("GET", "/engine-rest/filter/" + filterId, officer.id() + ":demo", null);
    }
}
