package vn.motcua.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.motcua.letter.LetterProperties;

/** Production receipts must not print the demo's localhost as the lookup page. */
class ProductionLookupAddressGuardTest {

    @Test
    void theDemosLocalAddressStopsProduction() {
        for (String local : new String[] {"http://localhost:8080/tra-cuu", "http://127.0.0.1/tra-cuu", "http://[::1]:8080/tra-cuu"}) {
            assertThatThrownBy(() -> new ProductionLookupAddressGuard(new LetterProperties(local)).afterPropertiesSet())
                    .as(local).hasMessageContaining("MOTCUA_PUBLIC_URL");
        }
    }

    @Test
    void aPublicAddressOrNoneStarts() {
        assertThat(ProductionLookupAddressGuard.problem("https://motcua.dongnai.gov.vn/tra-cuu")).isEmpty();
        assertThat(ProductionLookupAddressGuard.problem("")).isEmpty();
    }
}
