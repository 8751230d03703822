package vn.motcua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.support.IntegrationTest;

@IntegrationTest
class OrganisationSeedIT {

    @Autowired
    OrganisationSetup setup;
    @Autowired
    DemoOrganisation demo;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsUnitsRolesOfficersAndFiltersWithVietnameseNames() {
        assertThat(identityService.createGroupQuery().groupId("landoffice").singleResult().getName())
                .isEqualTo("Phòng Kinh tế xã Long Thành");
        // every agency of the organisation file is a pair of groups, named after it
        assertThat(identityService.createGroupQuery().groupId("phuoclonglandregistryleaders").singleResult().getName())
                .isEqualTo("Lãnh đạo Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long");
        assertThat(identityService.createUserQuery().memberOfGroup("anphuocdesk").list())
                .extracting(u -> u.getId()).containsExactly("tiepnhanap");
        assertThat(identityService.createUserQuery().userId("tiepnhan1").singleResult().getFirstName())
                .isEqualTo("Nguyễn Thị");
        assertThat(identityService.createUserQuery().memberOfGroup("landofficeleaders").list())
                .extracting(u -> u.getId()).containsExactly("lanhdao1");
        assertThat(filterService.createTaskFilterQuery().list()).extracting(f -> f.getName())
                .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
    }

    @Test
    void seedingAgainWritesNothingTwice() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long memberships = identityService.createUserQuery().memberOfGroup("desk").count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        setup.seed();
        demo.seed();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().memberOfGroup("desk").count()).isEqualTo(memberships);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void deletedDemoOfficerIsNotRecreatedOnNextStart() {
        identityService.deleteUser("tiepnhan2");
        demo.seed();
        assertThat(identityService.createUserQuery().userId("tiepnhan2").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mc_seed_marker where seed = ?", Integer.class,
                DemoOrganisation.SEED)).isEqualTo(1);
    }
}
