package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.procedure.ProcedureCatalogue;
import vn.motcua.system.ApiError;
import vn.motcua.system.TimeSource;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/** One set of rules for a file from the API and from the Tasklist form, checked before anything is stored. */
@Component
public class ReceptionValidator {

    /** Paper files entered late: a year back at most, and not in the future (clocks drift a little). */
    private static final Duration MAX_BACKDATE = Duration.ofDays(366);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Validator validator;
    private final ProcedureCatalogue catalogue;
    private final TimeSource clock;
    private final OrganisationCatalogue organisation;

    public ReceptionValidator(Validator validator, ProcedureCatalogue catalogue, TimeSource clock,
            OrganisationCatalogue organisation) {
        this.organisation = organisation;
        this.validator = validator;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public ReceivedFile validate(ReceptionRequest request) {
        // Every problem at once, so the caller fixes the request in one go.
        Set<ConstraintViolation<ReceptionRequest>> violations = validator.validate(request);
        List<ApiError.FieldProblem> problems = new ArrayList<>(violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new ApiError.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        if (request.documents() != null) {
            for (int i = 0; i < request.documents().size(); i++) {
                if (request.documents().get(i) == null) {
                    problems.add(new ApiError.FieldProblem("documents[" + i + "]",
                            Messages.text("dossier.reception.emptyDocument", i + 1)));
                }
            }
        }
        String procedureKey = request.procedureKey();
        if (procedureKey != null && !procedureKey.isBlank() && !catalogue.exists(procedureKey)) {
            problems.add(new ApiError.FieldProblem("procedureKey", Messages.text("dossier.reception.unknownProcedure",
                    procedureKey, String.join(", ", catalogue.keys()))));
        }
        String commune = request.parcel() == null ? null : request.parcel().communeCode();
        if (commune != null && commune.strip().matches("[0-9]{5}")
                && organisation.current().commune(commune.strip()).isEmpty()) {
            problems.add(new ApiError.FieldProblem("parcel.communeCode", unknownCommune(commune.strip())));
        }
        Instant now = clock.now();
        Instant receivedAt = request.receivedAt();
        if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new ApiError.FieldProblem("receivedAt", Messages.text("dossier.reception.receivedInFuture")));
        }
        if (receivedAt != null && receivedAt.isBefore(now.minus(MAX_BACKDATE))) {
            problems.add(new ApiError.FieldProblem("receivedAt", Messages.text("dossier.reception.receivedTooEarly")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return request.toReceivedFile();
    }

    /** Names the communes when there are few; a province's hundred are listed by GET /api/organisation/communes. */
    private String unknownCommune(String code) {
        var communes = organisation.current().communes();
        String known = communes.size() <= 10
                ? communes.stream().map(c -> c.code() + " (" + c.name() + ")").collect(java.util.stream.Collectors.joining(", "))
                : Messages.text("dossier.commune.seeList");
        return Messages.text("dossier.commune.unknownAmong", code, organisation.current().provinceName(), known);
    }
}
