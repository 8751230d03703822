package vn.motcua.publicpage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.calendar.DayFormat;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.system.Messages;
import vn.motcua.system.TimeSource;
import vn.motcua.system.PlainText;

/**
 * "Đánh giá mức độ hài lòng": reached from the lookup page once the result was handed over, with the
 * same proof (code and secret, posted). The applicant answers the criteria of
 * {@link SatisfactionCriteria} (every one required; the online one only for a file received online)
 * and may add a comment. One rating per file; a second is refused and the first stands
 * ({@link SatisfactionRatings}).
 */
@Controller
@RequestMapping("/danh-gia")
class RatingPageController extends CitizenProofPage {

    /** The old scale's words, 1 to 5: ratings given before the criteria (V19) are still told back this way. */
    static final String OLD_SCALE = "publicpage.rating.oldScale.";
    /** A criterion's answer comes as the form field {@code c-<criterion code>}. */
    static final String FIELD = "c-";
    private static final int COMMENT_MAX = 1000;

    private final PublicFiles files;
    private final SatisfactionRatings ratings;
    private final SatisfactionCriteria criteria;
    private final DossierService dossiers;
    private final PublicPagesProperties settings;
    private final TimeSource clock;

    RatingPageController(CitizenProof proof, PublicFiles files, SatisfactionRatings ratings, SatisfactionCriteria criteria,
            DossierService dossiers, PublicPagesProperties settings, TimeSource clock) {
        super(proof);
        this.files = files;
        this.ratings = ratings;
        this.criteria = criteria;
        this.dossiers = dossiers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The rating form, for a file whose result was handed over and that was not rated yet. */
    @PostMapping
    ModelAndView form(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            HttpServletRequest request) {
        Dossier dossier = proof.file(code, secret, request);
        ModelAndView refused = refusal(dossier);
        return refused != null ? refused : page(dossier, secret, Map.of(), "", null, HttpStatus.OK);
    }

    @PostMapping("/gui")
    ModelAndView rate(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
            @RequestParam Map<String, String> fields, HttpServletRequest request) {
        Dossier dossier = proof.file(code, secret, request);
        ModelAndView refused = refusal(dossier);
        if (refused != null) {
            return refused;
        }
        List<SatisfactionCriteria.Criterion> asked = asked(dossier);
        Map<String, String> chosen = new LinkedHashMap<>();
        List<SatisfactionRatings.Answer> answers = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (SatisfactionCriteria.Criterion c : asked) {
            String value = fields.get(FIELD + c.code());
            var option = value == null ? java.util.Optional.<SatisfactionCriteria.Option>empty() : c.option(value.strip());
            if (option.isEmpty()) {
                unanswered.add("«" + c.question() + "»");
            } else {
                chosen.put(c.code(), option.get().code());
                answers.add(new SatisfactionRatings.Answer(c.code(), option.get().code(), option.get().satisfied()));
            }
        }
        String comment = fields.get("comment");
        String text = comment == null ? "" : comment.strip();
        String problem = !unanswered.isEmpty() ? Messages.text(unanswered.size() == 1 ? "publicpage.rating.unansweredOne"
                : "publicpage.rating.unansweredMany", String.join(", ", unanswered))
                : text.length() > COMMENT_MAX ? Messages.text("publicpage.rating.commentTooLong", COMMENT_MAX)
                : PlainText.problem(text, true) != null
                        ? PlainText.reason(Messages.text("publicpage.rating.commentLabel"), PlainText.problem(text, true))
                        : null;
        if (problem != null) {
            return page(dossier, secret, chosen, text, problem, HttpStatus.BAD_REQUEST);
        }
        String desk = files.deskOf(dossier).id();
        String processing = files.processingAgencyOf(dossier, dossiers.ruleOf(dossier).processingUnit());
        if (!ratings.add(dossier.id(), desk, processing, answers, text.isEmpty() ? null : text, clock.now())) {
            return refusal(dossier);
        }
        SatisfactionCriteria.Criterion overall = criteria.overall();
        String said = overall.option(chosen.get(overall.code())).map(o -> o.label().toLowerCase()).orElse(null);
        return message(HttpStatus.OK, Messages.text("publicpage.rating.thanks.title"), said == null
                ? Messages.text("publicpage.rating.thanks.text", dossier.code())
                : Messages.text("publicpage.rating.thanks.textWithAnswer", dossier.code(), said));
    }

    private List<SatisfactionCriteria.Criterion> asked(Dossier dossier) {
        return criteria.forFile(dossier.channel() == Channel.ONLINE);
    }

    /** Why this file may not be rated now, as a page; null if it may. */
    private ModelAndView refusal(Dossier dossier) {
        if (dossier.status() != DossierStatus.FINISHED) {
            return message(HttpStatus.CONFLICT, Messages.text("publicpage.rating.notYet.title"),
                    Messages.text("publicpage.rating.notYet.text", dossier.code(), dossier.status().label().toLowerCase()));
        }
        return ratings.of(dossier.id()).map(r -> message(HttpStatus.CONFLICT, Messages.text("publicpage.rating.done.title"),
                r.score() == null ? Messages.text("publicpage.rating.done.text", dossier.code(), DayFormat.ofMoment(r.ratedAt()))
                        : Messages.text("publicpage.rating.done.textWithScore", dossier.code(), DayFormat.ofMoment(r.ratedAt()),
                                Messages.text(OLD_SCALE + r.score()).toLowerCase()))).orElse(null);
    }

    /** @param chosen the options already chosen, by criterion code, kept when the form comes back */
    private ModelAndView page(Dossier dossier, String secret, Map<String, String> chosen, String comment, String problem,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("public/rating", status);
        page.addObject("code", dossier.code());
        page.addObject("procedureName", dossier.procedureName());
        page.addObject("secret", secret.strip());
        page.addObject("criteria", asked(dossier));
        page.addObject("chosen", chosen);
        page.addObject("comment", comment);
        page.addObject("problem", problem);
        page.addObject("hotline", settings.hotline());
        return page;
    }

    private ModelAndView message(HttpStatus status, String title, String text) {
        ModelAndView page = new ModelAndView("public/message", status);
        page.addObject("title", title);
        page.addObject("text", text);
        page.addObject("hotline", settings.hotline());
        return page;
    }
}
