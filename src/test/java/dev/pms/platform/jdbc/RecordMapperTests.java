package dev.pms.platform.jdbc;

import dev.pms.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordMapperTests extends IntegrationTest {
    enum Mode { READ, WRITE }

    record Row(UUID id, String someText, int aCount, long bigCount, boolean isOn, double share, Instant createdAt,
               Instant endedAt, Mode mode, Mode noMode, LocalDate dueOn, String sha256) {
    }

    @Test
    void readsEachComponentFromItsSnakeCaseColumnWhateverTheColumnOrder() {
        UUID id = UUID.randomUUID();
        List<Row> rows = jdbc.sql("""
                        select 'a55' as sha256, date '2026-01-02' as due_on, null as no_mode, 'WRITE' as mode,
                               null::timestamptz as ended_at, now() as created_at, 0.25 as share, true as is_on,
                               cast(9000000000 as bigint) as big_count, n as a_count, 'text ' || n as some_text,
                               cast(:id as uuid) as id
                        from generate_series(1, 2) as n order by n""")
                .param("id", id).query(RecordMapper.of(Row.class)).list();

        assertThat(rows).hasSize(2);
        Row first = rows.getFirst();
        assertThat(first.id()).isEqualTo(id);
        assertThat(first.someText()).isEqualTo("text 1");
        assertThat(rows.get(1).aCount()).isEqualTo(2);
        assertThat(first.bigCount()).isEqualTo(9_000_000_000L);
        assertThat(first.isOn()).isTrue();
        assertThat(first.share()).isEqualTo(0.25);
        assertThat(first.createdAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(first.endedAt()).isNull();
        assertThat(first.mode()).isEqualTo(Mode.WRITE);
        assertThat(first.noMode()).isNull();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(first.sha256()).isEqualTo("a55");
    }

    record Pair(String first, String second) {
    }

    @Test
    void statementsWithTheirColumnsInOtherOrdersEachMapByTheirOwn() {
        for (int run = 0; run < 3; run++) { // the second and third runs of each find its columns already known
            assertThat(jdbc.sql("select 'a' as first, 'b' as second").query(RecordMapper.of(Pair.class)).single())
                    .isEqualTo(new Pair("a", "b"));
            assertThat(jdbc.sql("select 'b' as second, 'a' as first").query(RecordMapper.of(Pair.class)).single())
                    .isEqualTo(new Pair("a", "b"));
            assertThat(jdbc.sql("select 0 as extra, 'b' as SECOND, 'a' as First").query(RecordMapper.of(Pair.class)).single())
                    .isEqualTo(new Pair("a", "b"));
        }
    }

    @Test
    void aQueryWithoutAComponentsColumnSaysWhichIsMissing() {
        assertThatThrownBy(() -> jdbc.sql("select 1 as id").query(RecordMapper.of(Row.class)).list())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Row").hasMessageContaining("some_text");
    }
}
