package vn.motcua.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.system.Messages;

/**
 * The province's communes and agencies and who plays which role for a parcel, checked as a whole
 * when read: a file that leaves a commune without an agency for a role is refused at load, not when
 * a citizen's file reaches that step.
 */
public final class Organisation {

    private static final Pattern GROUP_PREFIX = Pattern.compile("[a-z0-9]*");
    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z.]{1,40}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    /** A rule of the routing table: this kind of agency plays the role, by that legal source. */
    public record RoleRule(AgencyKind kind, String source) {
    }

    private final String provinceCode;
    private final String provinceName;
    private final Map<String, Commune> communes;
    private final Map<String, Agency> agencies;
    private final Map<String, Agency> byGroup;
    private final Map<Unit, RoleRule> defaultRouting;
    private final Map<String, Map<Unit, RoleRule>> procedureRouting;

    private Organisation(String provinceCode, String provinceName, Map<String, Commune> communes,
            Map<String, Agency> agencies, Map<Unit, RoleRule> defaultRouting,
            Map<String, Map<Unit, RoleRule>> procedureRouting) {
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
        this.communes = communes;
        this.agencies = agencies;
        this.defaultRouting = defaultRouting;
        this.procedureRouting = procedureRouting;
        Map<String, Agency> groups = new LinkedHashMap<>();
        agencies.values().forEach(a -> {
            groups.put(a.staffGroup(), a);
            groups.put(a.leadersGroup(), a);
        });
        this.byGroup = groups;
    }

    /**
     * @throws IllegalStateException with every mistake found, one per line, naming the file
     */
    static Organisation of(OrganisationFile file, String fileName) {
        List<String> problems = new ArrayList<>();
        if (file.province() == null || blank(file.province().code()) || blank(file.province().name())) {
            problems.add(Messages.text("organisation.file.province"));
        }
        Map<String, Commune> communes = communes(file, problems);
        Map<String, Agency> agencies = agencies(file, communes, problems);
        Map<Unit, RoleRule> defaults = new EnumMap<>(Unit.class);
        Map<String, Map<Unit, RoleRule>> perProcedure = new LinkedHashMap<>();
        if (file.routing() == null || file.routing().defaults() == null) {
            problems.add(Messages.text("organisation.file.routingDefault"));
        } else {
            defaults.putAll(roleRules("routing.default", file.routing().defaults(), problems));
            if (file.routing().procedures() != null) {
                file.routing().procedures().forEach((procedure, rules) -> perProcedure.put(procedure,
                        roleRules("routing.procedures." + procedure, rules == null ? Map.of() : rules, problems)));
            }
        }
        Organisation organisation = new Organisation(file.province() == null ? null : file.province().code(),
                file.province() == null ? null : file.province().name(), communes, agencies, defaults, perProcedure);
        if (problems.isEmpty()) {
            organisation.checkEveryCommuneRoutes(problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(fileName + ":\n- " + String.join("\n- ", problems));
        }
        return organisation;
    }

    private static Map<String, Commune> communes(OrganisationFile file, List<String> problems) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        if (file.communes() == null || file.communes().isEmpty()) {
            problems.add(Messages.text("organisation.file.noCommune"));
            return communes;
        }
        for (OrganisationFile.CommuneEntry c : file.communes()) {
            if (c.code() == null || !COMMUNE_CODE.matcher(c.code()).matches()) {
                problems.add(Messages.text("organisation.file.communeCode", c.code()));
            } else if (blank(c.name())) {
                problems.add(Messages.text("organisation.file.communeName", c.code()));
            } else if (communes.put(c.code(), new Commune(c.code(), c.name().strip(), Boolean.TRUE.equals(c.remote()),
                    c.remoteSource())) != null) {
                problems.add(Messages.text("organisation.file.communeTwice", c.code()));
            }
        }
        return communes;
    }

    private static Map<String, Agency> agencies(OrganisationFile file, Map<String, Commune> communes,
            List<String> problems) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        Set<String> groups = new HashSet<>();
        if (file.agencies() == null || file.agencies().isEmpty()) {
            problems.add(Messages.text("organisation.file.noAgency"));
            return agencies;
        }
        for (OrganisationFile.AgencyEntry a : file.agencies()) {
            String where = "agencies." + a.id();
            AgencyKind kind = kind(a.kind(), where, problems);
            if (a.id() == null || !AGENCY_ID.matcher(a.id()).matches()) {
                problems.add(Messages.text("organisation.file.agencyId", a.id()));
                continue;
            }
            if (a.code() == null || !AGENCY_CODE.matcher(a.code()).matches()) {
                problems.add(Messages.text("organisation.file.agencyCode", where, a.code()));
            }
            if (blank(a.name())) {
                problems.add(Messages.text("organisation.file.agencyName", where));
            }
            String prefix = a.groupPrefix() == null ? "" : a.groupPrefix();
            if (!GROUP_PREFIX.matcher(prefix).matches()) {
                problems.add(Messages.text("organisation.file.groupPrefix", where));
            }
            if (kind == null) {
                continue;
            }
            Set<String> serves = new LinkedHashSet<>(a.serves() == null ? List.of() : a.serves());
            if (kind.communeLevel()) {
                if (a.commune() == null || !communes.containsKey(a.commune())) {
                    problems.add(Messages.text("organisation.file.agencyCommune", where, a.commune()));
                }
            } else {
                if (serves.isEmpty()) {
                    problems.add(Messages.text("organisation.file.noServes", where));
                }
                serves.stream().filter(s -> !Agency.WHOLE_PROVINCE.equals(s) && !communes.containsKey(s))
                        .forEach(s -> problems.add(Messages.text("organisation.file.servesCommune", where, s)));
            }
            Agency agency = new Agency(a.id(), kind, a.code(), strip(a.name()), strip(a.parent()),
                    strip(a.abbreviation()), kind.communeLevel() ? a.commune() : null, Set.copyOf(serves), strip(a.place()),
                    strip(a.address()), strip(a.phone()), a.head() == null ? "" : strip(a.head().title()),
                    a.head() == null ? "" : strip(a.head().name()), prefix);
            if (agencies.put(a.id(), agency) != null) {
                problems.add(Messages.text("organisation.file.agencyTwice", a.id()));
            }
            for (String group : List.of(agency.staffGroup(), agency.leadersGroup())) {
                if (!groups.add(group)) {
                    problems.add(Messages.text("organisation.file.groupTwice", where, group));
                }
            }
        }
        return agencies;
    }

    private static AgencyKind kind(String value, String where, List<String> problems) {
        try {
            return AgencyKind.valueOf(value);
        } catch (RuntimeException e) {
            problems.add(Messages.text("organisation.file.agencyKind", where, value,
                    Arrays.toString(AgencyKind.values())));
            return null;
        }
    }

    private static Map<Unit, RoleRule> roleRules(String where, Map<String, OrganisationFile.RoleRule> rules,
            List<String> problems) {
        Map<Unit, RoleRule> parsed = new EnumMap<>(Unit.class);
        rules.forEach((role, rule) -> {
            Optional<Unit> unit = Arrays.stream(Unit.values()).filter(u -> u.groupId().equals(role)).findFirst();
            if (unit.isEmpty() || unit.get() == Unit.DESK) {
                problems.add(Messages.text("organisation.file.routingRole", where, role));
                return;
            }
            AgencyKind kind = kind(rule == null ? null : rule.kind(), where + "." + role, problems);
            if (kind == null) {
                return;
            }
            if (kind.role() != unit.get()) {
                problems.add(Messages.text("organisation.file.kindForRole", where, role, kind));
            } else if (rule.source() == null || rule.source().isBlank()) {
                problems.add(Messages.text("organisation.file.roleSource", where, role));
            } else {
                parsed.put(unit.get(), new RoleRule(kind, rule.source().strip()));
            }
        });
        return parsed;
    }

    /** Every commune must have a desk of its own and an agency for every role of every procedure. */
    private void checkEveryCommuneRoutes(List<String> problems) {
        for (Commune commune : communes.values()) {
            if (agencies.values().stream().noneMatch(a -> a.kind() == AgencyKind.SERVICE_CENTRE && a.covers(commune.code()))) {
                problems.add(Messages.text("organisation.file.noServiceCentre", commune.code(), commune.name()));
            }
            List<Map<Unit, RoleRule>> tables = new ArrayList<>();
            tables.add(defaultRouting);
            procedureRouting.values().forEach(table -> tables.add(merged(table)));
            for (Map<Unit, RoleRule> table : tables) {
                table.forEach((role, rule) -> {
                    long found = agencies.values().stream()
                            .filter(a -> a.kind() == rule.kind() && a.covers(commune.code())).count();
                    if (found != 1) {
                        problems.add(found == 0
                                ? Messages.text("organisation.file.noAgencyForRole", commune.code(), commune.name(),
                                        rule.kind(), role.groupId())
                                : Messages.text("organisation.file.agenciesForRole", commune.code(), commune.name(),
                                        found, rule.kind(), role.groupId()));
                    }
                });
            }
        }
    }

    private Map<Unit, RoleRule> merged(Map<Unit, RoleRule> procedureRules) {
        Map<Unit, RoleRule> rules = new EnumMap<>(Unit.class);
        rules.putAll(defaultRouting);
        rules.putAll(procedureRules);
        return rules;
    }

    /**
     * The agencies for a file of this procedure whose parcel lies in that commune, received at that desk.
     *
     * @throws IllegalArgumentException the commune is not one of the province's
     */
    public Route route(String procedureKey, String communeCode, Agency receivingDesk) {
        commune(communeCode).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + communeCode));
        Map<Unit, Agency> route = new EnumMap<>(Unit.class);
        route.put(Unit.DESK, receivingDesk);
        merged(procedureRouting.getOrDefault(procedureKey, Map.of())).forEach((role, rule) -> route.put(role,
                agencies.values().stream().filter(a -> a.kind() == rule.kind() && a.covers(communeCode)).findFirst()
                        .orElseThrow()));
        return new Route(route);
    }

    /** The routing rule in force for a role of a procedure, with its legal source. */
    public Optional<RoleRule> routingRule(String procedureKey, Unit role) {
        return Optional.ofNullable(merged(procedureRouting.getOrDefault(procedureKey, Map.of())).get(role));
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String provinceName() {
        return provinceName;
    }

    /** The communes in file order: the first is the demo's first commune. */
    public List<Commune> communes() {
        return List.copyOf(communes.values());
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code == null ? null : communes.get(code));
    }

    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    public Optional<Agency> agency(String id) {
        return Optional.ofNullable(id == null ? null : agencies.get(id));
    }

    /** The agency whose staff or leaders group this is. */
    public Optional<Agency> agencyOfGroup(String groupId) {
        return Optional.ofNullable(groupId == null ? null : byGroup.get(groupId));
    }

    public boolean isLeadersGroup(String groupId) {
        return agencyOfGroup(groupId).map(a -> a.leadersGroup().equals(groupId)).orElse(false);
    }

    /** The centre whose desk the officer works at, if he works at one. */
    public Optional<Agency> deskOf(Set<String> groups) {
        return groups.stream().map(byGroup::get).filter(a -> a != null && a.kind() == AgencyKind.SERVICE_CENTRE)
                .findFirst();
    }

    /** The centre of the commune: where an online file for a parcel there is received. */
    public Agency centreOf(String communeCode) {
        return agencies.values().stream().filter(a -> a.kind() == AgencyKind.SERVICE_CENTRE && a.covers(communeCode))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No centre for commune " + communeCode));
    }

    /** The first commune's centre: files received before routing belong to it. */
    public Agency firstCentre() {
        return centreOf(communes.keySet().iterator().next());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
