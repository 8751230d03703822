package vn.motcua.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Failed logins slow the guesser down and expire by themselves; nothing locks an account for good
 * (the engine's own lock is switched off in application.yaml, see docs/security.md).
 *
 * @param accountFreeFailures failures of one account, from anywhere, before its logins wait
 * @param clientFreeFailures  failures from one address, whatever the accounts, before its logins wait
 * @param baseDelay           the first wait; each further failure doubles it
 * @param accountMaxDelay     the longest an account waits: short, since anyone can make it wait
 * @param clientMaxDelay      the longest an address waits: long, since only the guesser waits
 * @param forgetAfter         failures older than this no longer count
 */
@Validated
@ConfigurationProperties("motcua.security.login-throttle")
record LoginThrottleProperties(@Min(1) int accountFreeFailures, @Min(1) int clientFreeFailures,
        @NotNull Duration baseDelay, @NotNull Duration accountMaxDelay, @NotNull Duration clientMaxDelay,
        @NotNull Duration forgetAfter) {
}
