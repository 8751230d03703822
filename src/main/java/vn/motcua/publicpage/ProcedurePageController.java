package vn.motcua.publicpage;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.dossier.Channel;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Unit;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.procedure.PublishedProcedure;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;

/**
 * The home page and the published procedures: the time limits, step quotas, periods not counted and
 * their legal sources as the engine counts a file accepted today ({@link ProcedureCatalogue#published}),
 * and where to file (the organisation's service centres).
 */
@Controller
class ProcedurePageController {

    private final ProcedureCatalogue catalogue;
    private final OrganisationCatalogue organisation;
    private final PublicPagesProperties settings;
    private final TimeSource clock;

    ProcedurePageController(ProcedureCatalogue catalogue, OrganisationCatalogue organisation,
            PublicPagesProperties settings, TimeSource clock) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("procedures", byName(catalogue.published(clock.today())));
        common(model);
        return "public/home";
    }

    @GetMapping("/thu-tuc")
    String index(Model model) {
        model.addAttribute("procedures", byName(catalogue.published(clock.today())));
        common(model);
        return "public/procedures";
    }

    @GetMapping("/thu-tuc/{key}")
    Object procedure(@PathVariable String key, Model model) {
        PublishedProcedure procedure = catalogue.published(clock.today()).stream().filter(p -> p.key().equals(key))
                .findFirst().orElse(null);
        if (procedure == null) {
            common(model);
            model.addAttribute("title", Messages.text("publicpage.procedure.notFound.title"));
            model.addAttribute("text", Messages.text("publicpage.procedure.notFound.text"));
            return notFound();
        }
        model.addAttribute("p", procedure);
        model.addAttribute("processingAgency", processingAgency(procedure.processingUnit()));
        model.addAttribute("channels", List.of(Channel.values()).stream().map(Channel::label).toList());
        common(model);
        return "public/procedure";
    }

    /** In Vietnamese alphabetical order, as a citizen looks for a name. */
    private static List<PublishedProcedure> byName(List<PublishedProcedure> procedures) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return procedures.stream().sorted(java.util.Comparator.comparing(PublishedProcedure::name, vietnamese)).toList();
    }

    private static ModelAndView notFound() {
        return new ModelAndView("public/message", HttpStatus.NOT_FOUND);
    }

    private void common(Model model) {
        model.addAttribute("centres", organisation.current().agencies().stream()
                .filter(a -> a.kind() == AgencyKind.SERVICE_CENTRE).toList());
        model.addAttribute("province", organisation.current().provinceName());
        model.addAttribute("hotline", settings.hotline());
    }

    private static String processingAgency(String unit) {
        try {
            return Unit.valueOfGroup(unit).displayName();
        } catch (IllegalArgumentException e) {
            return unit;
        }
    }
}
