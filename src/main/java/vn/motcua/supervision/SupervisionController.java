package vn.motcua.supervision;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.system.Messages;

/** The supervisors' pages: dashboard, the files behind a figure, exports, login. */
@Controller
@RequestMapping("/supervision")
class SupervisionController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final KpiService kpis;
    private final ObjectMapper json;
    private final FilterForm form;
    private final CitizenFigures citizens;

    SupervisionController(KpiService kpis, ObjectMapper json, FilterForm form, CitizenFigures citizens) {
        this.kpis = kpis;
        this.json = json;
        this.form = form;
        this.citizens = citizens;
    }

    /** The one login form of the officers' pages; it names the file page when that is where the officer goes next. */
    @GetMapping("/login")
    String login(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        var next = new org.springframework.security.web.savedrequest.HttpSessionRequestCache().getRequest(request, response);
        model.addAttribute("forFile", next != null && next.getRedirectUrl().contains("/files/"));
        return "supervision/login";
    }

    @GetMapping({"", "/"})
    String dashboard(FilterParams params, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        KpiFilter filter = viewer.restrict(form.read(params));
        Dashboard dashboard = kpis.dashboard(filter);
        form.show(model, viewer, filter);
        model.addAttribute("d", dashboard);
        model.addAttribute("procedures", dashboard.procedures());
        model.addAttribute("chartJson", json(chart(dashboard)));
        // complaints, dialogues and ratings over the same period and scope as the figures above
        model.addAttribute("c", citizens.of(filter, viewer));
        return "supervision/dashboard";
    }

    @GetMapping("/files")
    String files(@RequestParam Indicator indicator, FilterParams params, @RequestParam(required = false) String step,
            @RequestParam(required = false) String group, @RequestParam(required = false) String officer,
            Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        KpiFilter filter = viewer.restrict(form.read(params));
        form.show(model, viewer, filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("list", kpis.files(filter, indicator, blank(step), blank(group), blank(officer)));
        model.addAttribute("limit", KpiService.FILE_LIST_LIMIT);
        model.addAttribute("narrowedTo", String.join(" · ", java.util.stream.Stream.of(
                step == null || step.isBlank() ? null : Messages.text("supervision.files.narrowedToStep", step),
                group == null || group.isBlank() ? null : Messages.text("supervision.files.narrowedToUnit", UnitNames.of(group)),
                officer == null || officer.isBlank() ? null : Messages.text("supervision.files.narrowedToOfficer", officer))
                .filter(java.util.Objects::nonNull).toList()));
        return "supervision/files";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(FilterParams params, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        Dashboard d = kpis.dashboard(viewer.restrict(form.read(params)));
        List<ExportTable> sheets = new java.util.ArrayList<>(ExportTable.of(d, form.communeName(d.filter())));
        sheets.addAll(CitizenSheets.of(citizens.of(d.filter(), viewer)));
        return download(Exports.xlsx(sheets), XLSX, name("chi-tieu", d.filter(), "xlsx"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(FilterParams params, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        Dashboard d = kpis.dashboard(viewer.restrict(form.read(params)));
        // the figures first, as before; the citizens' tables follow, each under its name
        return download(Exports.csv(ExportTable.figures(d, form.communeName(d.filter())),
                CitizenSheets.of(citizens.of(d.filter(), viewer))), CSV, name("chi-tieu", d.filter(), "csv"));
    }

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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

    static String name(String prefix, KpiFilter filter, String extension) {
        return prefix + "-" + filter.from() + "_" + filter.to() + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename).build().toString()) // ASCII: a plain filename every client reads
                .body(body);
    }
}
