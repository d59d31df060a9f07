package com.precis.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateKeyTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyShapeAPageDateTakesBecomesOneSortableUtcKey() {
        assertThat(DateKey.normalise("2025-08-21T20:26")).isEqualTo("2025-08-21T20:26:00Z");
        assertThat(DateKey.normalise("2025-08-21")).isEqualTo("2025-08-21T00:00:00Z");
        assertThat(DateKey.normalise("2025-08-21T05:36:09+01:00")).isEqualTo("2025-08-21T04:36:09Z");
        assertThat(DateKey.normalise("2026-12-04T15:37:51.879647235Z")).isEqualTo("2026-12-04T15:37:51Z");
        assertThat(DateKey.normalise("21 August")).isNull();
        assertThat(DateKey.normalise("0001-01-01")).isNull();
        // string order is time order, across offsets
        assertThat(DateKey.normalise("2025-08-21T01:00:00+03:00")).isLessThan(DateKey.normalise("2025-08-20T23:30:00Z"));
    }

    @Test
    void entriesSortByPublicationAndFallBackToProcessing() {
        assertThat(DateKey.of("2025-08-21", "2026-01-01T00:00:00Z")).isEqualTo(new DateKey.Dated("2025-08-21T00:00:00Z", "publishedAt"));
        assertThat(DateKey.of(null, "2026-01-01T10:00:00Z")).isEqualTo(new DateKey.Dated("2026-01-01T10:00:00Z", "processedAt"));
        assertThat(DateKey.of("yesterday", "2026-01-01T10:00:00Z").from()).isEqualTo("processedAt");
    }

    @Test
    void boundsIncludeTheWholeDaysTheUserNames() {
        String key = "2025-08-21T20:26:00Z#0011223344556677#999999";
        assertThat(DateKey.from("2025-08-21", NOW)).isLessThanOrEqualTo(key);
        assertThat(DateKey.until("2025-08-21", NOW)).isGreaterThan(key);
        assertThat(DateKey.until("2025-08-20", NOW)).isLessThan(key);
        assertThat(DateKey.from("2025-08-22", NOW)).isGreaterThan(key);
        assertThat(DateKey.until("2025-08-21T20:26", NOW)).isGreaterThan(key);
        assertThat(DateKey.from("2025-08-21T20:27", NOW)).isGreaterThan(key);
        assertThat(DateKey.from("7d", NOW)).isEqualTo("2026-03-03T12:00:00Z");
        assertThat(DateKey.from("36h", NOW)).isEqualTo("2026-03-09T00:00:00Z");
        assertThat(DateKey.from("2w", NOW)).isEqualTo("2026-02-24T12:00:00Z");
    }

    @Test
    void aDateThatIsNotOneIsRefusedSayingWhatIs() {
        assertThatThrownBy(() -> DateKey.from("last tuesday", NOW)).hasMessageContaining("not a date")
                .hasMessageContaining("2025-08-21");
        assertThatThrownBy(() -> DateKey.until("2025-02-30", NOW)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> DateKey.from("x".repeat(3000), NOW)).hasMessageContaining("…");
    }
}
