package vn.motcua.supervision;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.EngineClock;

/** The supervisors' pages: dashboard, the files behind a figure, exports, login. */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Six months by default: enough for "late two months running" and a trend. */
    static final int DEFAULT_MONTHS = 6;

    private final KpiService kpis;
    private final EngineClock clock;
    private final ObjectMapper json;
    private final FilterValues filterValues;
    private final Notices notices;
    private final OrganisationCatalogue organisation;

    SupervisionController(KpiService kpis, EngineClock clock, ObjectMapper json, FilterValues filterValues,
            Notices notices, OrganisationCatalogue organisation) {
        this.organisation = organisation;
        this.notices = notices;
        this.kpis = kpis;
        this.clock = clock;
        this.json = json;
        this.filterValues = filterValues;
    }

    /** A page, not JSON: the refusal reaches a supervisor who followed a link. */
    @ExceptionHandler(FilterValues.Unknown.class)
    ModelAndView unknownFilter(FilterValues.Unknown e) {
        return new ModelAndView("supervision/refused", Map.of("message", e.getMessage()), HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/login")
    String login() {
        return "supervision/login";
    }

    @GetMapping({"", "/"})
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String procedure,
            Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        KpiFilter filter = viewer.restrict(filter(from, to, unit, procedure));
        Dashboard dashboard = kpis.dashboard(filter);
        common(model, viewer, filter);
        model.addAttribute("d", dashboard);
        model.addAttribute("chartJson", json(chart(dashboard)));
        return "supervision/dashboard";
    }

    @GetMapping("/files")
    String files(@RequestParam Indicator indicator, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) String step,
            @RequestParam(required = false) String group, @RequestParam(required = false) String officer,
            Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        KpiFilter filter = viewer.restrict(filter(from, to, unit, procedure));
        common(model, viewer, filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("list", kpis.files(filter, indicator, blank(step), blank(group), blank(officer)));
        model.addAttribute("limit", KpiService.FILE_LIST_LIMIT);
        model.addAttribute("narrowedTo", String.join(" · ", java.util.stream.Stream.of(
                step == null || step.isBlank() ? null : "Bước: " + step,
                group == null || group.isBlank() ? null : "Đơn vị: " + UnitNames.of(group),
                officer == null || officer.isBlank() ? null : "Cán bộ: " + officer)
                .filter(java.util.Objects::nonNull).toList()));
        return "supervision/files";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String procedure,
            Authentication authentication) {
        Dashboard d = kpis.dashboard(Viewer.of(authentication).restrict(filter(from, to, unit, procedure)));
        return download(Exports.xlsx(ExportTable.of(d)), XLSX, name(d, "xlsx"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String procedure,
            Authentication authentication) {
        Dashboard d = kpis.dashboard(Viewer.of(authentication).restrict(filter(from, to, unit, procedure)));
        return download(Exports.csv(ExportTable.figures(d)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name(d, "csv"));
    }

    private void common(Model model, Viewer viewer, KpiFilter filter) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("filter", filter);
        model.addAttribute("units", viewer.selectableUnits(organisation.current().agencies()));
        model.addAttribute("unitName", filter.unit() == null ? "Tất cả đơn vị" : UnitNames.one(filter.unit()));
        model.addAttribute("q", query(filter));
        model.addAttribute("notices", notices.current());
    }

    /** The filter as a query string, so every figure links to its files with the same filter. */
    static String query(KpiFilter filter) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("from", filter.from())
                .queryParam("to", filter.to());
        if (filter.unit() != null) {
            b.queryParam("unit", filter.unit());
        }
        if (filter.procedureKey() != null) {
            b.queryParam("procedure", filter.procedureKey());
        }
        return b.build().encode().getQuery();
    }

    private KpiFilter filter(String from, String to, String unit, String procedure) {
        filterValues.check(unit, procedure);
        YearMonth current = YearMonth.from(KpiService.today(clock));
        YearMonth end = month(to, current);
        return new KpiFilter(month(from, end.minusMonths(DEFAULT_MONTHS - 1)), end, unit, procedure);
    }

    private static YearMonth month(String value, YearMonth fallback) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String json(Map<String, Object> chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data is plain lists of strings and numbers", e);
        }
    }

    private static Map<String, Object> chart(Dashboard d) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", d.months().stream().map(Rows.MonthRow::label).toList());
        chart.put("early", d.months().stream().map(m -> m.counts().early()).toList());
        chart.put("onTime", d.months().stream().map(m -> m.counts().onTime()).toList());
        chart.put("late", d.months().stream().map(m -> m.counts().late()).toList());
        chart.put("overdue", d.months().stream().map(m -> m.counts().overdue()).toList());
        chart.put("onTimeRate", d.months().stream().map(m -> m.counts().onTimeRate()).toList());
        chart.put("channels", d.channels().stream().map(Rows.ChannelRow::label).toList());
        chart.put("channelFiles", d.channels().stream().map(Rows.ChannelRow::files).toList());
        List<Rows.HandoverRow> causes = d.delayCauses().stream().limit(8).toList();
        chart.put("causes", causes.stream().map(s -> s.stepName() + " — " + s.unitName()).toList());
        chart.put("causeLate", causes.stream().map(Rows.HandoverRow::late).toList());
        chart.put("causeOpenLate", causes.stream().map(Rows.HandoverRow::openLate).toList());
        return chart;
    }

    private static String name(Dashboard d, String extension) {
        return "chi-tieu-" + d.filter().from() + "_" + d.filter().to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename).build().toString()) // ASCII: a plain filename every client reads
                .body(body);
    }
}
