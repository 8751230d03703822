package vn.motcua.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.Unit;
import vn.motcua.system.ForbiddenException;

/**
 * Who may read a file (its detail, letters and partner exchanges). The desk receives and returns
 * every file and answers the applicant about it, so it reads them all, as do supervisors and
 * administrators; any other unit reads the files it holds or has held, by a step of its own or a
 * request to it as a partner agency. The engine's authorizations do the same for tasks.
 */
@Component
public class FileReaders {

    private static final Set<String> READ_EVERY_FILE = Set.of(Unit.DESK.groupId(), Unit.DESK.leaderGroupId(),
            Role.SUPERVISOR.groupId(), Role.ADMIN.groupId());

    private final DossierService dossiers;
    private final Handovers handovers;

    FileReaders(DossierService dossiers, Handovers handovers) {
        this.dossiers = dossiers;
        this.handovers = handovers;
    }

    /**
     * @return the file, if the caller may read it
     * @throws vn.motcua.system.NotFoundException no such file
     * @throws ForbiddenException the file never passed through the caller's unit
     */
    public Dossier readable(String code, Authentication caller) {
        Dossier dossier = dossiers.get(code);
        Set<String> groups = Officers.groupsOf(caller);
        if (groups.stream().anyMatch(READ_EVERY_FILE::contains)) {
            return dossier;
        }
        Set<String> passed = handovers.unitsPassed(dossier.id());
        if (Handovers.unitsOf(String.join(",", groups)).stream().noneMatch(passed::contains)) {
            throw new ForbiddenException("Hồ sơ " + code + " chưa qua đơn vị của ông/bà nên không xem được. Bộ phận"
                    + " Một cửa, tổ giám sát và các đơn vị đã hoặc đang giải quyết hồ sơ thì xem được.");
        }
        return dossier;
    }
}
