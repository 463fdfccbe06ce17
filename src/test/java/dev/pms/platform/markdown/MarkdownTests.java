package dev.pms.platform.markdown;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a comment renders to: Markdown's formatting, and nothing a browser would run or load. */
class MarkdownTests {
    private static final Pattern ANY_EVENT_HANDLER = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final UUID ANA = UUID.fromString("0190f0a2-0000-7000-8000-000000000001");
    private static final Map<String, Markdown.Mentionable> MEMBERS = Map.of("ana@example.com", new Markdown.Mentionable(ANA, "Ana <b>Lima</b>"));

    private static String html(String markdown) {
        return Markdown.render(markdown, MEMBERS, "/w/0190f0a2-0000-7000-8000-0000000000ff/members").html();
    }

    @Test
    void scriptsAndRawHtmlAreShownAsTextNeverAsElements() {
        String html = html("Hi <script>alert(1)</script> and <div onclick=\"x()\">raw</div>\n\n<iframe src=\"https://evil.test\"></iframe>");
        assertThat(html).doesNotContain("<script", "<div", "<iframe").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(ANY_EVENT_HANDLER.matcher(html).find()).isFalse();
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = html("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(2)> [ok](https://example.com/a?b=1)");
        assertThat(html).doesNotContainPattern("(?i)href=\"\\s*javascript").doesNotContain("data:text")
                .containsPattern("<a href=\"https://example.com/a\\?b&#61;1\" rel=\"[a-z ]*noopener[a-z ]*\">ok</a>");
    }

    @Test
    void onerrorAttributesAndImagesAreDropped() {
        String html = html("![x](https://evil.test/x.png \"t\") <img src=x onerror=alert(1)> [a](https://example.com \"\\\" onmouseover=\\\"x()\")");
        assertThat(html).doesNotContain("<img");
        assertThat(ANY_EVENT_HANDLER.matcher(html).find()).isFalse();
    }

    @Test
    void tablesTaskListsAndCodeRender() {
        String html = html("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n```java\nint x = 1 < 2;\n```");
        assertThat(html).contains("<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>")
                .contains("<input type=\"checkbox\" disabled=\"\" checked=\"\" />", "<input type=\"checkbox\" disabled=\"\" />")
                .contains("<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;");
    }

    @Test
    void aMentionOfAMemberLinksToThemWithTheirNameEscapedAndOfAnyoneElseStaysText() {
        Markdown.Rendered rendered = Markdown.render("@ana@example.com and @ANA@EXAMPLE.COM, not @bob@example.com nor `@ana@example.com`",
                MEMBERS, "/w/0190f0a2-0000-7000-8000-0000000000ff/members");
        assertThat(rendered.mentioned()).containsExactly(ANA);
        assertThat(rendered.html()).containsPattern("<a href=\"/w/0190f0a2-0000-7000-8000-0000000000ff/members#member-" + ANA + "\" class=\"mention\" data-user-id=\"" + ANA
                        + "\" rel=\"[a-z ]+\">&#64;Ana &lt;b&gt;Lima&lt;/b&gt;</a>")
                .contains("not &#64;bob&#64;example.com").contains("<code>&#64;ana&#64;example.com</code>").doesNotContain("<b>");
        assertThat(Markdown.mentionedEmails("@ana@example.com @Bob@Example.com mail@ana@example.com")).containsExactly("ana@example.com", "bob@example.com");
    }

    @Test
    void aHundredThousandCharacterCommentRendersHarmlessly() {
        String hostile = "<script>x</script>[a](javascript:y) <img onerror=z>**".repeat(2000);
        String body = (hostile + "[".repeat(100_000)).substring(0, 100_000);
        assertThat(body).hasSize(100_000);
        String html = html(body);
        assertThat(html.length()).isGreaterThan(100_000);
        assertThat(html).withFailMessage("the rendered HTML holds an element or link that runs script").doesNotContain("<script", "<img").doesNotContainPattern("(?i)href=\"\\s*javascript").contains("&lt;script&gt;");
        assertThat(ANY_EVENT_HANDLER.matcher(html).find()).isFalse();
        String deep = "> - ".repeat(25_000) + "<script>x</script>";
        assertThat(html(deep).strip()).startsWith("<p>&gt; - &gt; - ").endsWith("&lt;script&gt;x&lt;/script&gt;</p>").doesNotContain("<script");
    }
}
