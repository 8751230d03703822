package vn.motcua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DueDateChange;
import vn.motcua.dossier.ReceivedDocument;
import vn.motcua.dossier.Timeliness;
import vn.motcua.feedback.Complaint;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.partner.Agency;
import vn.motcua.partner.PartnerExchange;
import vn.motcua.partner.PartnerOperation;
import vn.motcua.supervision.Indicator;

/**
 * Labels read as {@code prefix + constant.name()} are not checked by the compiler any more, so a new
 * constant without its line in the bundle would only fail when a person opens the page that shows it.
 * This lists every such prefix with its enum and fails first.
 */
class LabelsByConstantTest {

    static List<Arguments> labelledEnums() {
        return List.of(
                Arguments.of("dossier.status.", DossierStatus.class),
                Arguments.of("dossier.channel.", Channel.class),
                Arguments.of("dossier.timeliness.", Timeliness.class),
                Arguments.of("dossier.documentType.", ReceivedDocument.Type.class),
                Arguments.of("filepage.dueChange.", DueDateChange.Kind.class),
                Arguments.of("filepage.exchange.", PartnerExchange.Status.class),
                Arguments.of("publicpage.appointment.", DueDateChange.Kind.class),
                Arguments.of("supervision.agencyKind.", AgencyKind.class),
                Arguments.of("feedback.complaint.source.", Complaint.Source.class),
                Arguments.of("feedback.complaint.kind.", Complaint.Kind.class),
                Arguments.of("partner.agency.", Agency.class),
                Arguments.of("partner.operation.", PartnerOperation.class));
    }

    /** A dashboard figure reads three texts, its source shared or its own: every one must be there. */
    @Test
    void everyDashboardFigureHasItsLabelDefinitionAndSource() {
        for (Indicator figure : Indicator.values()) {
            assertThat(List.of(figure.label(), figure.definition(), figure.source())).as(figure.name())
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}*")
    @MethodSource("labelledEnums")
    void everyConstantHasItsLabel(String prefix, Class<? extends Enum<?>> type) {
        List<String> missing = Arrays.stream(type.getEnumConstants()).map(c -> prefix + c.name())
                .filter(key -> !Messages.has(key)).toList();

        assertThat(missing).as("constants of %s without a label in messages/", type.getSimpleName()).isEmpty();
    }
}
