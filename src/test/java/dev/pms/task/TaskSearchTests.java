package dev.pms.task;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSearchTests {

    @Test
    void everyWordBecomesAPrefixAndNothingTypedBreaksTheQuery() {
        assertThat(TaskSearch.prefixQuery("Analyt")).contains("analyt:*");
        assertThat(TaskSearch.prefixQuery("  rep, plan!  rep")).contains("rep:* & plan:*");
        assertThat(TaskSearch.prefixQuery("Café Ölpreis")).contains("café:* & ölpreis:*");
        assertThat(TaskSearch.prefixQuery("web-12")).contains("web:* & 12:*");
        assertThat(TaskSearch.prefixQuery("'&|!:*()<->")).isEmpty();
        assertThat(TaskSearch.prefixQuery("a b c d e f g h i j")).contains("a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*");
    }

    @Test
    void aTaskKeyIsRecognisedInAnyCase() {
        assertThat(TaskSearch.key(" web-12 ")).contains(new TaskKey("WEB", 12));
        assertThat(TaskSearch.key("web 12")).isEmpty();
        assertThat(TaskSearch.key("analytics")).isEmpty();
    }
}
