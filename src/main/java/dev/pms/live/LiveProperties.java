package dev.pms.live;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Live updates.
 *
 * @param heartbeat     a comment sent on an idle stream this often, so that proxies and browsers keep it open
 * @param queue         events waiting for one slow client; past that it gets one resync instead
 * @param listenPoll    how long the LISTEN connection waits for notifications before it takes new channels up
 * @param reconnectWait the first wait before the LISTEN connection is opened again after it was lost (doubles up to 5 s)
 */
@Validated
@ConfigurationProperties("pms.live")
record LiveProperties(@NotNull Duration heartbeat, @Positive int queue, @NotNull Duration listenPoll,
                      @NotNull Duration reconnectWait) {
}
