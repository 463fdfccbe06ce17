package dev.pms.task;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of a drop; where the neighbours come from is the database's part (TaskApiTests). */
class TaskPositionsTests {
    private static final double GAP = TaskRepository.GAP;

    @Test
    void aDropGoesHalfwayBetweenItsNeighbours() {
        assertThat(TaskPositions.between(1024.0, 2048.0)).isEqualTo(1536.0);
        assertThat(TaskPositions.between(-3.0, 5.0)).isEqualTo(1.0);
    }

    @Test
    void atAnEndOfTheColumnItGoesOneGapBeyondTheLastTask() {
        assertThat(TaskPositions.between(null, null)).isEqualTo(GAP);
        assertThat(TaskPositions.between(null, 100.0)).isEqualTo(100.0 - GAP);
        assertThat(TaskPositions.between(100.0, null)).isEqualTo(100.0 + GAP);
    }

    @Test
    void repeatedDropsInOnePlaceStayInOrderUntilTheGapIsCrowdedThenAskForRenumbering() {
        double after = GAP;
        double next = 2 * GAP;
        int drops = 0;
        while (!TaskPositions.crowded(after, next)) {
            double dropped = TaskPositions.between(after, next);
            assertThat(dropped).isGreaterThan(after).isLessThan(next);
            next = dropped;
            drops++;
        }
        // 1024 halved until under a millionth: 30 drops, far from where doubles lose the order
        assertThat(drops).isEqualTo(30);
        assertThat(next - after).isLessThan(1e-6).isPositive();
    }

    @Test
    void anOpenEndIsNeverCrowded() {
        assertThat(TaskPositions.crowded(null, 1.0)).isFalse();
        assertThat(TaskPositions.crowded(1.0, null)).isFalse();
        assertThat(TaskPositions.crowded(1.0, 1.0 + 1e-7)).isTrue();
        assertThat(TaskPositions.crowded(1.0, 1.0 + 1e-5)).isFalse();
    }
}
