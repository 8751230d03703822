package vn.motcua.partner;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal synchronisation runs on Spring's scheduler on every node. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
