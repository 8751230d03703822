package vn.motcua.publicpage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.system.TimeSource;
import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * A handful of applicants' ratings on the demo's finished files, once per database (after
 * {@code DemoFiles}), so the dashboard's satisfaction tables have something to show. The return-time
 * answer follows the file's real timeliness; the other answers vary by a fixed pattern.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(40)
class DemoRatings implements StartupSeed {

    static final String SEED = "demo-ratings";
    private static final int HOW_MANY = 12;
    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);
    private static final List<String> ATTITUDE = List.of("rat-hai-long", "hai-long", "hai-long", "binh-thuong",
            "rat-hai-long", "hai-long", "khong-hai-long");
    private static final List<String> COMMENTS = List.of("Cán bộ hướng dẫn tận tình, dễ hiểu.",
            "Nên có thêm chỗ ngồi chờ tại Bộ phận Một cửa.", "Trả kết quả đúng hẹn, cảm ơn cán bộ.");

    private final JdbcTemplate jdbc;
    private final DossierService dossiers;
    private final PublicFiles files;
    private final SatisfactionRatings ratings;
    private final SatisfactionCriteria criteria;
    private final SeedMarkers seeds;
    private final TimeSource clock;

    DemoRatings(JdbcTemplate jdbc, DossierService dossiers, PublicFiles files, SatisfactionRatings ratings,
            SatisfactionCriteria criteria, SeedMarkers seeds, TimeSource clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.files = files;
        this.ratings = ratings;
        this.criteria = criteria;
        this.seeds = seeds;
        this.clock = clock;
    }

    @Override
    public void seed() {
        seeds.runOnce(SEED, this::rate);
    }

    private void rate() {
        List<String> codes = jdbc.queryForList("""
                select code from mc_dossier where status = 'FINISHED' and finished_at is not null
                  and id not in (select dossier_id from mc_satisfaction_rating)
                order by finished_at desc, id desc""", String.class);
        int rated = 0;
        for (String code : codes.subList(0, Math.min(HOW_MANY, codes.size()))) {
            Dossier d = dossiers.get(code);
            Instant at = d.finishedAt().plus(Duration.ofHours(2 + rated % 20));
            if (at.isAfter(clock.now())) {
                at = clock.now();
            }
            String comment = rated % 4 == 0 ? COMMENTS.get(rated / 4 % COMMENTS.size()) : null;
            if (ratings.add(d.id(), files.deskOf(d).id(), files.processingAgencyOf(d, dossiers.ruleOf(d).processingUnit()),
                    answers(d, rated), comment, at)) {
                rated++;
            }
        }
        log.info("Demo ratings seeded: {} finished files rated", rated);
    }

    private List<SatisfactionRatings.Answer> answers(Dossier d, int i) {
        String returned = returned(d);
        boolean late = returned.equals("tre-hen");
        List<SatisfactionRatings.Answer> answers = new ArrayList<>();
        for (SatisfactionCriteria.Criterion c : criteria.forFile(d.channel() == Channel.ONLINE)) {
            String option = switch (c.code()) {
                case "thoi-gian" -> returned;
                case "so-noi-lien-he" -> i % 6 == 5 ? "hai" : "mot";
                case "thai-do" -> ATTITUDE.get(i % ATTITUDE.size());
                case "chi-phi" -> i % 9 == 8 ? "co" : "khong";
                case "truc-tuyen" -> i % 2 == 0 ? "hai-long" : "binh-thuong";
                case "chung" -> late ? "binh-thuong" : i % 3 == 0 ? "rat-hai-long" : "hai-long";
                default -> null;
            };
            // a criterion added to the data file later: its first option, as a placeholder answer
            SatisfactionCriteria.Option chosen = (option == null ? java.util.Optional.<SatisfactionCriteria.Option>empty()
                    : c.option(option)).orElse(c.options().get(0));
            answers.add(new SatisfactionRatings.Answer(c.code(), chosen.code(), chosen.satisfied()));
        }
        return answers;
    }

    /** "som", "dung-hen" or "tre-hen": the day the result was returned against the appointment. */
    private static String returned(Dossier d) {
        if (d.dueDate() == null) {
            return "dung-hen";
        }
        var day = d.finishedAt().atZone(DeadlineCalculator.ZONE).toLocalDate();
        return day.isBefore(d.dueDate()) ? "som" : day.isAfter(d.dueDate()) ? "tre-hen" : "dung-hen";
    }
}
